using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Tests.Shared;

/// <summary>
/// A web server on 127.0.0.1 (a free port) that answers the link checker as the test tells it, path by path, and records
/// every request: method, path, User-Agent, when it came, and how many were in flight at once. Nothing leaves the machine.
/// <code>
/// await using var stub = await LinkStub.StartAsync();
/// stub.On("/gone", LinkStub.Status(410));
/// var url = stub.Url("/gone");
/// </code>
/// </summary>
public sealed class LinkStub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, int, Task>> routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<StubRequest> requests = new();
    private readonly CancellationTokenSource stopping = new();
    private int inFlight;
    private int maxInFlight;

    private LinkStub(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Every request so far, in the order they arrived.</summary>
    public IReadOnlyList<StubRequest> Requests => [.. requests];

    /// <summary>The most requests that were in flight at one time.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>Cancelled when the stub stops: slow handlers wait on it, so disposing never waits for them.</summary>
    public CancellationToken Stopping => stopping.Token;

    public static async Task<LinkStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var stub = new LinkStub(app);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        stub.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return stub;
    }

    public string Url(string path) => new Uri(BaseAddress, path.TrimStart('/')).AbsoluteUri;

    /// <summary>Answers <paramref name="path"/> with <paramref name="answer"/>, which is told how many times the path was asked before (0 the first time).</summary>
    public LinkStub On(string path, Func<HttpContext, int, Task> answer)
    {
        routes[path] = answer;
        return this;
    }

    public int HitsOf(string path) => hits.GetValueOrDefault(path);

    public IReadOnlyList<StubRequest> RequestsOf(string path) => [.. requests.Where(r => r.Path == path)];

    public static Func<HttpContext, int, Task> Status(int status) => (context, _) =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public static Func<HttpContext, int, Task> Redirect(int status, string to) => (context, _) =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = to;
        return Task.CompletedTask;
    };

    /// <summary>The first answers in turn, the last one from then on.</summary>
    public static Func<HttpContext, int, Task> Sequence(params Func<HttpContext, int, Task>[] answers) =>
        (context, hit) => answers[Math.Min(hit, answers.Length - 1)](context, hit);

    /// <summary>405 to HEAD, <paramref name="get"/> to GET.</summary>
    public static Func<HttpContext, int, Task> NoHead(Func<HttpContext, int, Task> get) => (context, hit) =>
        HttpMethods.IsHead(context.Request.Method) ? Status(405)(context, hit) : get(context, hit);

    /// <summary>Aborts the connection without an answer (a reset, as the client sees it).</summary>
    public static Func<HttpContext, int, Task> Reset() => (context, _) =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>Waits <paramref name="delay"/> (or until the stub stops) before answering with <paramref name="then"/>.</summary>
    public Func<HttpContext, int, Task> Slow(TimeSpan delay, Func<HttpContext, int, Task> then) => async (context, hit) =>
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(Stopping, context.RequestAborted);
        try
        {
            await Task.Delay(delay, either.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        await then(context, hit);
    };

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var hit = hits.AddOrUpdate(path, 1, (_, n) => n + 1) - 1;
        requests.Enqueue(new StubRequest(context.Request.Method, path, context.Request.Headers.UserAgent.ToString(), Stopwatch.GetTimestamp()));
        var now = Interlocked.Increment(ref inFlight);
        for (var max = Volatile.Read(ref maxInFlight); now > max; max = Volatile.Read(ref maxInFlight))
            if (Interlocked.CompareExchange(ref maxInFlight, now, max) == max) break;
        try
        {
            if (routes.TryGetValue(path, out var answer)) await answer(context, hit);
            else context.Response.StatusCode = 404;
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
            await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
        stopping.Dispose();
    }
}

public sealed record StubRequest(string Method, string Path, string UserAgent, long Timestamp);
