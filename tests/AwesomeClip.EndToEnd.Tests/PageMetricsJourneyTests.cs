using System.Globalization;
using AwesomeClip.EndToEnd.Tests.TestSupport;
using Microsoft.Playwright;

namespace AwesomeClip.EndToEnd.Tests;

/// <summary>
/// What a first visit costs and how steady the page is while it loads: bytes transferred (HTML, CSS, JS, images),
/// Cumulative Layout Shift and Largest Contentful Paint, per page type, on loopback. Bytes and layout shift are
/// asserted (they do not depend on the machine's speed); LCP is written out for docs/benchmarks.md, never asserted.
/// </summary>
public sealed class PageMetricsJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const long CategoryBudget = 300 * 1024;

    // Collected before any page script runs; CDP injects it, so the Content-Security-Policy does not apply.
    private const string Observers = """
        window.__metrics = { cls: 0, lcp: 0, shifts: [] };
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) { window.__metrics.cls += e.value; window.__metrics.shifts.push(e.sources?.map(s => s.node?.outerHTML?.slice(0, 120)).join(' | ')); } })
            .observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver(list => { const all = list.getEntries(); window.__metrics.lcp = all[all.length - 1].startTime; })
            .observe({ type: 'largest-contentful-paint', buffered: true });
        """;

    [Fact]
    public Task ShouldLoadACategoryWithThumbnailsInUnder300KilobytesWithoutLayoutShift() => JourneyAsync(async () =>
    {
        var metrics = await MeasureAsync("/papers?category=improvement-innovation", "category");

        Assert.True(metrics.Bytes < CategoryBudget, $"a category page cost {metrics.Bytes:N0} bytes on a first visit (budget {CategoryBudget:N0}): {metrics.Largest}");
        Assert.True(metrics.Images > 0, "the category page showed no thumbnail");
        Assert.True(metrics.Cls == 0, $"layout shift {metrics.Cls} on the category page: {metrics.Shifts}");
    });

    [Fact]
    public Task ShouldNotShiftTheLayoutOfAPaperPageOrTheHomePage() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/papers?category=improvement-innovation");
        var paper = await Page.Locator(".paper-title").First.GetAttributeAsync("href");

        var paperPage = await MeasureAsync(paper!, "paper");
        var home = await MeasureAsync("/", "home");
        var search = await MeasureAsync("/search?q=CLIP", "search");

        Assert.True(paperPage.Cls == 0, $"layout shift {paperPage.Cls} on the paper page: {paperPage.Shifts}");
        Assert.True(home.Cls < 0.01, $"layout shift {home.Cls} on the home page: {home.Shifts}");
        Assert.True(search.Cls < 0.1, $"layout shift {search.Cls} on the search page: {search.Shifts}");
    });

    private static async Task<long> SumAsync(IEnumerable<IRequest> requests)
    {
        long bytes = 0;
        foreach (var request in requests.ToList())
        {
            var s = await request.SizesAsync();
            bytes += s.ResponseBodySize + s.ResponseHeadersSize;
        }
        return bytes;
    }

    private sealed record PageMetrics(long Bytes, int Requests, int Images, double Cls, double Lcp, string Largest, string Shifts);

    private async Task<PageMetrics> MeasureAsync(string path, string kind)
    {
        // A first visit: a new context has no cache and no cookies.
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        try
        {
            await context.AddInitScriptAsync(Observers);
            var page = await NewPageAsync(context);
            var finished = new List<IRequest>();
            page.RequestFinished += (_, r) => finished.Add(r);
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var firstScreen = finished.ToList();
            // Lazy images below the fold do not load on a first screen; scrolling to the end loads them and must not move anything.
            await page.EvaluateAsync("async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 30)); } window.scrollTo(0, 0); }");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var scrolled = await SumAsync(finished);
            var sizes = new List<(string Url, long Bytes, string Type)>();
            foreach (var request in firstScreen)
            {
                var s = await request.SizesAsync();
                sizes.Add((request.Url, s.ResponseBodySize + s.ResponseHeadersSize, request.ResourceType));
            }
            var cls = await page.EvaluateAsync<double>("() => window.__metrics.cls");
            var lcp = await page.EvaluateAsync<double>("() => window.__metrics.lcp");
            var shifts = await page.EvaluateAsync<string>("() => window.__metrics.shifts.join('\\n')");
            var total = sizes.Sum(s => s.Bytes);
            var largest = string.Join(", ", sizes.OrderByDescending(s => s.Bytes).Take(4).Select(s => $"{new Uri(s.Url).AbsolutePath} {s.Bytes:N0}"));
            var metrics = new PageMetrics(total, sizes.Count, sizes.Count(s => s.Type == "image"), cls, lcp, largest, shifts);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{kind}\t{path}\tfirst screen {total} bytes\tscrolled to the end {scrolled} bytes\trequests {sizes.Count}\timages {metrics.Images}\tCLS {cls:0.####}\tLCP {lcp:0} ms\tby type {string.Join(" ", sizes.GroupBy(s => s.Type).Select(g => $"{g.Key}={g.Sum(s => s.Bytes)}"))}");
            Output.WriteLine(line);
            var report = Path.Combine(AppContext.BaseDirectory, "TestResults", "e2e", "page-metrics.tsv");
            Directory.CreateDirectory(Path.GetDirectoryName(report)!);
            await File.AppendAllTextAsync(report, line + Environment.NewLine);
            return metrics;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
