using System.Globalization;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// HTTP load against the published app (ReadyToRun) running as its own process on loopback (seeded on a first start before the runs):
/// the stylesheet (a static file, the ceiling), home, a category, a paper page, the Atom feed, the search page and the
/// search API, one after another at a fixed concurrency, by a client that keeps no cookies (every request a first visit).
/// With <c>BENCH_BEFORE_APP=/path/to/AwesomeClip.Web.dll</c> (another build, e.g. of an older commit) the same runs go to
/// that app too, endpoint by endpoint in turn, so both are measured side by side under the same load.
/// </summary>
internal static class LoadReport
{
    /// <summary>A first visit to a public page: at least a third of a static file's throughput.</summary>
    public const double Target = 1.0 / 3;

    private const string StaticFile = "/app.css";

    public static async Task RunAsync(int concurrency, TimeSpan duration, int maxRequests)
    {
        var apps = new List<(string Name, ChildApp App)>();
        try
        {
            apps.Add(("this build", ChildApp.Start(await PublishedApp.PublishAsync())));
            if (Environment.GetEnvironmentVariable("BENCH_BEFORE_APP") is { Length: > 0 } before) apps.Add(("before", ChildApp.Start(before)));
            foreach (var (_, app) in apps) await app.WaitForHomeAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = apps[0].App.BaseAddress };
            var pages = await BenchPage.ForAsync(client);
            var targets = new List<(string Name, string Path, bool Public)> { ("static file", StaticFile, false) };
            targets.AddRange(pages.Select(p => (p.Name, p.Path, p.StaticRendered)));
            targets.Insert(targets.Count - 1, ("Atom feed", "/feed.atom", true));
            targets.Add((BenchPage.Api.Name, BenchPage.Api.Path, false));
            // The judged queries in turn: what many readers searching at once send, rather than one query repeated.
            var judged = JudgedQuery.Load().Select(q => Uri.EscapeDataString(q.Query)).ToList();
            var rotating = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                [$"/search?q=… ({judged.Count} judged queries in turn)"] = [.. judged.Select(q => "/search?q=" + q)],
                [$"/api/search?q=… ({judged.Count} judged queries in turn)"] = [.. judged.Select(q => "/api/search?q=" + q)],
            };
            targets.AddRange(rotating.Keys.Select(path => (path.StartsWith("/api", StringComparison.Ordinal) ? "search API" : "search page", path, false)));

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"HTTP load on loopback: {concurrency} concurrent connections, at most {duration.TotalSeconds:F0} s or {maxRequests:N0} requests per endpoint (after 2 s of warm-up), no cookies kept; client and server share the machine's {Environment.ProcessorCount} cores"));
            Console.WriteLine();
            Console.WriteLine("| app | endpoint | requests | failures | requests/s | ÷ static file | target ≥ 1/3 | p50 ms | p99 ms | max ms | load avg after |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---|---:|---:|---:|---|");
            var ceiling = new double[apps.Count];
            foreach (var target in targets)
            {
                for (var a = 0; a < apps.Count; a++)
                {
                    var (name, app) = apps[a];
                    IReadOnlyList<string> paths = rotating.GetValueOrDefault(target.Path) ?? [target.Path];
                    await new LoadClient(app.BaseAddress, concurrency, maxRequests, TimeSpan.FromSeconds(2)).RunAsync(paths);
                    var r = await new LoadClient(app.BaseAddress, concurrency, maxRequests, duration).RunAsync(paths);
                    if (target.Path == StaticFile) ceiling[a] = r.PerSecond;
                    var share = r.PerSecond / ceiling[a];
                    var verdict = target.Public ? Timings.Met(share >= Target) : "";
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {name} | {target.Name} `{target.Path}` | {r.Requests:N0} | {r.Failures} | {r.PerSecond:N0} | {share:F2} (1/{1 / share:F1}) | {verdict} | {Timings.Ms(r.Latency.P50)} | {Timings.Ms(r.Latency.P99)} | {Timings.Ms(r.Latency.Percentile(1))} | {AllReports.LoadAverage()} |"));
                }
            }
            Console.WriteLine();
            foreach (var (name, app) in apps)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Resident memory of the server process ({name}) after the runs: {ResidentMegabytes(app.ProcessId):F0} MB (target ≤ 200 MB)"));
        }
        finally
        {
            foreach (var (_, app) in apps) await app.DisposeAsync();
        }
    }

    /// <summary>VmRSS from /proc/&lt;pid&gt;/status, in MB.</summary>
    public static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
