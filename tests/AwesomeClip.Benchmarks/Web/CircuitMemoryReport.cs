using System.Globalization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// Memory per idle live circuit: the app in this process, N search pages open at once in one Debian Chromium (each
/// waited for until its circuit marks it interactive), managed heap after full blocking GCs before and after. The same
/// number of static pages (no circuit) is opened first to measure, and subtract, what the Playwright client keeps per page.
/// </summary>
internal static class CircuitMemoryReport
{
    public const double TargetBytes = 300 * 1024;
    private const string Chromium = "/usr/bin/chromium";

    public static async Task RunAsync(int pages)
    {
        var counter = new CircuitCounter();
        await using var app = new BenchApp(s => s.AddSingleton<CircuitHandler>(counter));
        var baseAddress = app.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), BypassCSP = true });

        // Warm up: JIT, the first circuit, the first search.
        await CloseAllAsync(await OpenAsync(context, "/search?q=CLIP", 2, interactive: true));
        await CloseAllAsync(await OpenAsync(context, "/", 2, interactive: false));
        await Task.Delay(1000);

        var empty = Heap();
        var statics = await OpenAsync(context, "/", pages, interactive: false);
        var withStatic = Heap();
        await CloseAllAsync(statics);
        var clientPerPage = (withStatic - empty) / pages;

        var before = Heap();
        var circuitsBefore = counter.Open;
        var live = await OpenAsync(context, "/search?q=" + Uri.EscapeDataString(BenchPage.SearchQuery), pages, interactive: true);
        await Task.Delay(2000); // idle
        var after = Heap();
        var circuits = counter.Open - circuitsBefore;
        var gross = (after - before) / Math.Max(1, circuits);
        var net = gross - clientPerPage;
        await CloseAllAsync(live);

        Console.WriteLine($"Memory per idle live circuit: {pages} search pages (`/search?q={BenchPage.SearchQuery}`) open at once in one Chromium; managed heap of the app's process after full blocking GCs");
        Console.WriteLine();
        Console.WriteLine("| pages | circuits opened | heap before | heap after | per circuit (gross) | Playwright client per page | per circuit (net) | target < 300 KB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {pages} | {circuits} | {Kb(before)} | {Kb(after)} | {Kb(gross)} | {Kb(clientPerPage)} | {Kb(net)} | {Timings.Met(net < TargetBytes)} |"));
    }

    private static async Task<List<IPage>> OpenAsync(IBrowserContext context, string path, int count, bool interactive)
    {
        var pages = new List<IPage>();
        foreach (var batch in Enumerable.Range(0, count).Chunk(10))
        {
            pages.AddRange(await Task.WhenAll(batch.Select(async _ =>
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(path);
                if (interactive) await page.WaitForFunctionAsync("document.documentElement.dataset.interactive === 'true'", null, new() { Timeout = 60_000 });
                return page;
            })));
        }
        return pages;
    }

    private static async Task CloseAllAsync(IEnumerable<IPage> pages)
    {
        foreach (var page in pages) await page.CloseAsync();
    }

    private static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Kb(double bytes) => (bytes / 1024).ToString("N0", CultureInfo.InvariantCulture) + " KB";
}
