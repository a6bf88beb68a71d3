using System.Diagnostics;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers each send one GET after another over their own keep-alive
/// connections until the request budget or the time is used up. Every latency is kept (the budget bounds the memory).
/// It keeps no cookies: every request is a first visit (a browser, crawler or cache in front that has none), which is
/// what the app answered with a cookie and without caching until ADR-031.
/// </summary>
internal sealed class LoadClient(Uri baseAddress, int concurrency, int maxRequests, TimeSpan duration)
{
    public sealed record Result(int Requests, int Failures, TimeSpan Elapsed, Timings Latency)
    {
        public double PerSecond => Requests / Elapsed.TotalSeconds;
    }

    public Task<Result> RunAsync(string path) => RunAsync([path]);

    /// <summary>The paths in turn, one per request (distinct queries, so no cache of any kind answers them all).</summary>
    public async Task<Result> RunAsync(IReadOnlyList<string> paths)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        // Open the connections before the clock starts.
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => SendAsync(client, paths[i % paths.Count])));

        var issued = 0;
        var failures = 0;
        var latencies = new double[maxRequests];
        var completed = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int number;
            while (Stopwatch.GetTimestamp() < deadline && (number = Interlocked.Increment(ref issued)) <= maxRequests)
            {
                var sent = Stopwatch.GetTimestamp();
                var ok = await SendAsync(client, paths[number % paths.Count]);
                var elapsed = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
                if (!ok) Interlocked.Increment(ref failures);
                latencies[Interlocked.Increment(ref completed) - 1] = elapsed;
            }
        })));
        var total = Stopwatch.GetElapsedTime(start);
        return new Result(completed, failures, total, new Timings(latencies.Take(completed)));
    }

    private static async Task<bool> SendAsync(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
