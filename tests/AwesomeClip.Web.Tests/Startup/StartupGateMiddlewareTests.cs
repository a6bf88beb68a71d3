using AwesomeClip.Web.Hosting;
using AwesomeClip.Web.Startup;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.Startup;

public sealed class StartupGateMiddlewareTests
{
    private readonly StartupGate gate = new();
    private int served;

    [Fact]
    public async Task ShouldHoldARequestWhileStartingAndServeItOnceReady()
    {
        var context = Request("/");

        var handling = Middleware().InvokeAsync(context);
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(handling.IsCompleted);
        Assert.Equal(0, served);

        gate.Open();
        await handling.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(1, served);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task ShouldLetHealthProbesThroughWhileStarting(string path)
    {
        await Middleware().InvokeAsync(Request(path)).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(1, served);
    }

    [Fact]
    public async Task ShouldAnswer503WithRetryAfterWhenStartingTakesLongerThanARequestMayWait()
    {
        var context = Request("/papers");

        await Middleware(TimeSpan.FromMilliseconds(20)).InvokeAsync(context);

        Assert.Equal(0, served);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Contains("still starting", Body(context), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswer503WithoutDetailsWhenStartingFailed()
    {
        var context = Request("/");
        var handling = Middleware().InvokeAsync(context);

        gate.Fail(new InvalidOperationException("secret connection string Password=hunter2"));
        await handling.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(0, served);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Contains("could not start", Body(context), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", Body(context), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldStopWaitingWhenTheClientGoesAway()
    {
        using var aborted = new CancellationTokenSource();
        var context = Request("/");
        context.RequestAborted = aborted.Token;
        var handling = Middleware().InvokeAsync(context);

        await aborted.CancelAsync();
        await handling.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(0, served);
        Assert.False(gate.IsOpen);
    }

    [Fact]
    public async Task ShouldPassRequestsStraightThroughOnceOpen()
    {
        gate.Open();

        await Middleware(TimeSpan.Zero).InvokeAsync(Request("/papers"));

        Assert.Equal(1, served);
    }

    private StartupGateMiddleware Middleware(TimeSpan? wait = null) =>
        new(_ =>
            {
                Interlocked.Increment(ref served);
                return Task.CompletedTask;
            },
            gate,
            Options.Create(new StartupOptions { RequestWait = wait ?? TimeSpan.FromMinutes(1) }),
            NullLogger<StartupGateMiddleware>.Instance);

    private static DefaultHttpContext Request(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static string Body(HttpContext context)
    {
        context.Response.Body.Position = 0;
        return new StreamReader(context.Response.Body).ReadToEnd();
    }
}
