using AwesomeClip.EndToEnd.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AwesomeClip.EndToEnd.Tests;

/// <summary>Phones, the keyboard and the colour theme (issue #12), on the collection's one app.</summary>
public sealed class ReaderChromeJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string DarkBackground = "rgb(21, 23, 27)"; // --bg of the dark palette

    [Fact]
    public Task ShouldShowTheFirstResultOnAPhonesFirstScreen() => JourneyAsync(async () =>
    {
        await using var phone = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await NewPageAsync(phone);

        await page.GotoAsync("/search?q=CLIP&year=2023");
        await WaitForInteractivityAsync(page); // the circuit re-renders the prerendered results: measure what stays
        await Expect(page.Locator(".hit").First).ToBeVisibleAsync();

        var hit = await page.Locator(".hit").First.BoundingBoxAsync();
        Assert.NotNull(hit);
        Assert.True(hit.Y < 844 - 40, $"the first result starts at {hit.Y}px, below the first screen of 844px");
        await Expect(page.Locator("details.facets-disclosure aside.facets")).Not.ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Remove filter: 2023" })).ToBeVisibleAsync();

        await page.Locator("details.facets-disclosure > summary").ClickAsync();
        await Expect(page.Locator(".facets").GetByRole(AriaRole.Button, new() { Name = "Video" })).ToBeVisibleAsync();

        await page.GotoAsync("/papers");
        var paper = await page.Locator(".paper-row").First.BoundingBoxAsync();
        Assert.NotNull(paper);
        Assert.True(paper.Y < 844 - 40, $"the first paper starts at {paper.Y}px, below the first screen of 844px");
    });

    [Fact]
    public Task ShouldShowTheFacetsWithoutADisclosureOnADesktop() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/search?q=CLIP");

        await Expect(Page.Locator("details.facets-disclosure > summary")).Not.ToBeVisibleAsync();
        await Expect(Page.Locator(".facets").GetByRole(AriaRole.Button, new() { Name = "Video" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task ShouldSearchAndOpenAResultFromTheKeyboard() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/papers?category=video");
        await Page.Locator("body").ClickAsync(new() { Position = new Position { X = 5, Y = 300 } });

        await Page.Keyboard.PressAsync("/");
        await Expect(Page.Locator("#site-search")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(Page.Locator("#site-search")).Not.ToBeFocusedAsync();

        await Page.Keyboard.PressAsync("/");
        await Page.Keyboard.PressAsync("ArrowDown");
        var titles = Page.Locator(".paper-row .paper-title");
        await Expect(titles.Nth(0)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(titles.Nth(1)).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowUp");
        await Expect(titles.Nth(0)).ToBeFocusedAsync();

        await Page.GotoAsync("/search?q=CLIP");
        await WaitForInteractivityAsync(Page);
        await Page.Locator("h1").ClickAsync();
        await Page.Keyboard.PressAsync("/");
        await Expect(Page.Locator("#search-q")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowDown");
        var first = Page.Locator(".hit .paper-title").First;
        await Expect(first).ToBeFocusedAsync();
        var href = await first.GetAttributeAsync("href");
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(href!) + "$"));
        await Expect(Page.Locator("article.paper h1")).ToBeVisibleAsync();
    });

    [Fact]
    public Task ShouldKeepTheDarkThemeChosenWithTheToggleAfterAReload() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/");
        var toggle = Page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        await toggle.ClickAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(Page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);

        await Page.ReloadAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Papers", Exact = true }).ClickAsync(); // enhanced navigation
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/papers$"));
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" })).ToHaveAttributeAsync("aria-pressed", "true");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" }).ClickAsync();
        await Expect(Page.Locator("html")).Not.ToHaveAttributeAsync("data-theme", "dark");
        await Expect(Page.Locator("body")).Not.ToHaveCSSAsync("background-color", DarkBackground);
    });

    [Fact]
    public Task ShouldFollowTheSystemsDarkModeWithoutAClick() => JourneyAsync(async () =>
    {
        await Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await Page.GotoAsync("/papers");

        await Expect(Page.Locator("body")).ToHaveCSSAsync("background-color", DarkBackground);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Null(await Page.Locator("html").GetAttributeAsync("data-theme"));
    });
}
