using Microsoft.Playwright;

namespace AwesomeClip.EndToEnd.Tests.TestSupport;

/// <summary>
/// A fresh browser context per test. When a test fails, its screenshot and the page's console log are kept under
/// TestResults/e2e and named in the test output.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    // Pages log from Playwright's threads while a failed journey is being written out.
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> console = new();
    private readonly List<IPage> pages = [];
    private IBrowserContext? context;

    protected BrowserFixture Fixture => fixture;

    protected ITestOutputHelper Output => output;

    protected IPage Page { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync()
    {
        context = await NewContextAsync();
        Page = await NewPageAsync(context);
    }

    protected async Task<IBrowserContext> NewContextAsync() => await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = fixture.BaseAddress.ToString(),
        // The journeys name what they click in English; the Chinese pages have journeys of their own.
        Locale = "en-US",
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    });

    protected async Task<IPage> NewPageAsync(IBrowserContext browserContext)
    {
        var page = await browserContext.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        page.Console += (_, m) => console.Enqueue($"[{m.Type}] {m.Text}");
        page.PageError += (_, e) => console.Enqueue($"[pageerror] {e}");
        pages.Add(page);
        return page;
    }

    /// <summary>Runs the journey; on failure keeps a screenshot and the console log of every page it opened.</summary>
    protected async Task JourneyAsync(Func<Task> journey, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        try
        {
            await journey();
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "e2e");
            Directory.CreateDirectory(folder);
            for (var i = 0; i < pages.Count; i++)
            {
                if (pages[i].IsClosed) continue;
                var shot = Path.Combine(folder, $"{name}-{i}.png");
                await pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
                output.WriteLine($"screenshot: {shot} ({pages[i].Url})");
            }
            var log = Path.Combine(folder, $"{name}-console.log");
            var lines = console.ToArray();
            await File.WriteAllLinesAsync(log, lines);
            output.WriteLine($"console log: {log}");
            foreach (var line in lines) output.WriteLine(line);
            throw;
        }
    }

    /// <summary>Waits until Blazor's interactive circuit is up (no fixed sleeps).</summary>
    protected static Task WaitForInteractivityAsync(IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.dataset.interactive === 'true'");

    public virtual async ValueTask DisposeAsync()
    {
        if (context is not null) await context.CloseAsync();
    }
}
