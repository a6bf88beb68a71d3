using System.Globalization;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// HTTP load against the published app (ReadyToRun) running as its own process on loopback (seeded on a first start before the runs):
/// home, a paper page, the search page and the search API, one after another at a fixed concurrency.
/// </summary>
internal static class LoadReport
{
    public static async Task RunAsync(int concurrency, TimeSpan duration, int maxRequests)
    {
        await using var app = ChildApp.Start(await PublishedApp.PublishAsync());
        await app.WaitForHomeAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var pages = (await BenchPage.ForAsync(client)).Where(p => p.Name != "category").Append(BenchPage.Api).ToList();
        var load = new LoadClient(app.BaseAddress, concurrency, maxRequests, duration);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"HTTP load on loopback: {concurrency} concurrent connections, at most {duration.TotalSeconds:F0} s or {maxRequests:N0} requests per endpoint (after 2 s of warm-up); client and server share the machine's {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine("| endpoint | requests | failures | requests/s | p50 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var page in pages)
        {
            await new LoadClient(app.BaseAddress, concurrency, maxRequests, TimeSpan.FromSeconds(2)).RunAsync(page.Path);
            var r = await load.RunAsync(page.Path);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {page.Name} `{page.Path}` | {r.Requests:N0} | {r.Failures} | {r.PerSecond:N0} | {Timings.Ms(r.Latency.P50)} | {Timings.Ms(r.Latency.P99)} | {Timings.Ms(r.Latency.Percentile(1))} |"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Server process resident memory after the runs: {ResidentMegabytes(app.ProcessId):F0} MB"));
    }

    /// <summary>VmRSS from /proc/&lt;pid&gt;/status, in MB.</summary>
    public static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
