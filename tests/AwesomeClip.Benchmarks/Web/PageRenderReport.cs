using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// Page serving against its ceiling, side by side: each page from the app (in this process, on Kestrel) and the same
/// HTML as a static file (another Kestrel in this process), requested one at a time over loopback, alternating.
/// The app is asked twice: like an anonymous browser on a first visit, without cookies (catalog pages come from the
/// output cache) and with an Authorization header, which the output cache never serves nor stores: the cost of
/// rendering (a cache miss).
/// </summary>
internal static class PageRenderReport
{
    public const double Target = 3.0;

    public static async Task RunAsync(int rounds)
    {
        Console.WriteLine($"Page serving, sequential requests per page and server after a tenth as many warm-up requests: {rounds} for {BenchList.Real.Name}, {LargeRounds(rounds)} for {BenchList.LargeName}");
        Console.WriteLine();
        Console.WriteLine("| list | page | bytes | static file p50 / p99 / mean ms | app p50 / p99 / mean ms | app ÷ static (mean) | target ≤ 3× | uncached render p50 / p99 / mean ms | uncached ÷ static | target ≤ 3× | load avg after |");
        Console.WriteLine("|---|---|---:|---|---|---:|---|---|---:|---|---|");
        await RunListAsync(BenchList.Real, BenchPage.ForAsync, rounds);
        if (BenchList.Large is { } large) await RunListAsync(large, BenchPage.ForLargeAsync, LargeRounds(rounds));
        else Console.WriteLine(BenchList.LargeMissing);
    }

    /// <summary>The large list's pages are up to 90 times bigger (a render up to 100 ms): fewer rounds keep the report to about a minute.</summary>
    private static int LargeRounds(int rounds) => Math.Max(100, rounds / 8);

    private static async Task RunListAsync(BenchList list, Func<HttpClient, Task<IReadOnlyList<BenchPage>>> pagesOf, int rounds)
    {
        await using var app = new BenchApp(seedList: list == BenchList.Real ? null : list.Path);
        using var appHandler = new SocketsHttpHandler { UseCookies = false };
        using var appClient = new HttpClient(appHandler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var pages = await pagesOf(appClient);
        var html = new Dictionary<string, string>();
        foreach (var page in pages) html[FileName(page)] = await appClient.GetStringAsync(page.Path);
        await using var ceiling = await StaticCeiling.StartAsync(html);
        using var staticClient = new HttpClient { BaseAddress = ceiling.BaseAddress };
        using var uncachedHandler = new SocketsHttpHandler { UseCookies = false };
        using var uncachedClient = new HttpClient(uncachedHandler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        // Ignored by the app's cookie authentication (still anonymous), but it turns the output cache off for the request.
        uncachedClient.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bench", "uncached");

        Console.Error.WriteLine($"[pages] {list.Name}: measuring, load average {AllReports.LoadAverage()}");
        foreach (var page in pages)
        {
            var appPath = page.Path;
            var staticPath = "/" + FileName(page);
            await MeasureAsync([(staticClient, staticPath), (appClient, appPath), (uncachedClient, appPath)], rounds / 10);
            var t = await MeasureAsync([(staticClient, staticPath), (appClient, appPath), (uncachedClient, appPath)], rounds);
            var (fromFile, fromApp, uncached) = (t[0], t[1], t[2]);
            var ratio = fromApp.Mean / fromFile.Mean;
            var verdict = page.StaticRendered ? Timings.Met(ratio <= Target) : "n/a (interactive, prerendered)";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {list.Name} | {page.Name} `{page.Path}` | {Encoding.UTF8.GetByteCount(html[FileName(page)]):N0} | {Three(fromFile)} | {Three(fromApp)} | {ratio:F2}× | {verdict} | {Three(uncached)} | {uncached.Mean / fromFile.Mean:F1}× | {(page.StaticRendered ? Timings.Met(uncached.Mean / fromFile.Mean <= Target) : "n/a")} | {AllReports.LoadAverage()} |"));
        }
    }

    /// <summary>Each (client, path) once per round, in turn, so all of them see the same machine load.</summary>
    private static async Task<Timings[]> MeasureAsync((HttpClient Client, string Path)[] targets, int rounds)
    {
        var times = targets.Select(_ => new List<double>(rounds)).ToArray();
        for (var i = 0; i < rounds; i++)
        {
            for (var t = 0; t < targets.Length; t++) times[t].Add(await TimeAsync(targets[t].Client, targets[t].Path));
        }
        return [.. times.Select(x => new Timings(x))];
    }

    private static string Three(Timings t) => $"{Timings.Ms(t.P50)} / {Timings.Ms(t.P99)} / {Timings.Ms(t.Mean)}";

    /// <summary>Time to the whole body, status checked.</summary>
    private static async Task<double> TimeAsync(HttpClient client, string path)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        _ = await response.Content.ReadAsByteArrayAsync();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static string FileName(BenchPage page) => page.Name.Replace(' ', '-') + ".html";
}
