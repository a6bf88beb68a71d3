using AwesomeClip.EndToEnd.Tests.TestSupport;
using AwesomeClip.Web.Circuits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AwesomeClip.EndToEnd.Tests;

/// <summary>
/// Anonymous interactive pages are capped per client and disconnected when idle, in a real browser against an app with
/// low limits (two pages per client, six seconds idle: long enough that the first two pages are still up when the third
/// arrives on a busy machine, where the test suites of both projects run at once).
/// </summary>
public sealed class CircuitLimitJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output), IAsyncLifetime
{
    private readonly KestrelAppFactory app = new(new Dictionary<string, string>
    {
        ["Circuits:AnonymousPerClient"] = "2",
        ["Circuits:IdleTimeout"] = "00:00:06",
        ["Circuits:DisconnectedRetention"] = "00:00:05",
    });

    private readonly List<IBrowserContext> contexts = [];

    private OpenCircuits Circuits => app.Services.GetRequiredService<OpenCircuits>();

    [Fact]
    public Task ShouldDisconnectTheThirdInteractivePageOfOneClient() => JourneyAsync(async () =>
    {
        var refused = WaitFor("limit");
        var first = await SearchPageAsync();
        await first.Locator("#search-q").FillAsync("clip");
        var second = await SearchPageAsync();
        await second.Locator("#search-q").FillAsync("clip");

        var third = await NewPageAsync(await ContextAsync());
        await third.GotoAsync("/search");

        await refused.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, Circuits.AnonymousUp("127.0.0.1"));
    });

    [Fact]
    public Task ShouldDisconnectAnAnonymousPageThatStaysIdle() => JourneyAsync(async () =>
    {
        var idle = WaitFor("idle");
        await SearchPageAsync();

        await idle.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, Circuits.AnonymousUp("127.0.0.1"));
    });

    private Task WaitFor(string why)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Circuits.Disconnected += (_, reason) => { if (reason == why) done.TrySetResult(); };
        return done.Task;
    }

    private async Task<IPage> SearchPageAsync()
    {
        var page = await NewPageAsync(await ContextAsync());
        await page.GotoAsync("/search");
        await WaitForInteractivityAsync(page);
        return page;
    }

    private async Task<IBrowserContext> ContextAsync()
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        contexts.Add(context);
        return context;
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var context in contexts) await context.CloseAsync();
        await base.DisposeAsync();
        await app.DisposeAsync();
    }
}
