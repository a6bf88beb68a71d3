using AngleSharp.Dom;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Components;

/// <summary>The shell around every page: one search box, the skip link first, the theme set before the body paints.</summary>
public sealed class LayoutChromeTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient client = app.Client;

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=CLIP&year=2023")]
    [InlineData("/search/")]
    public async Task ShouldRenderOneSearchBoxOnTheSearchPage(string url)
    {
        var page = await Html.GetAsync(client, url);

        var boxes = page.QuerySelectorAll("input[type=search]");
        Assert.Single(boxes);
        Assert.Equal("search-q", boxes[0].Id);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/papers")]
    [InlineData("/papers?category=train")]
    [InlineData("/suggest")]
    public async Task ShouldRenderTheHeaderSearchBoxOnOtherPages(string url)
    {
        var page = await Html.GetAsync(client, url);

        var box = Assert.Single(page.QuerySelectorAll("input[type=search]"));
        Assert.Equal("site-search", box.Id);
        Assert.NotNull(box.Closest(".site-header"));
    }

    [Fact]
    public async Task ShouldKeepTheHeaderBoxOnAPageCachedAfterTheSearchPage()
    {
        await client.GetStringAsync("/search?q=CLIP", TestContext.Current.CancellationToken);
        var first = await Html.GetAsync(client, "/papers?category=video");
        var cached = await Html.GetAsync(client, "/papers?category=video");

        Assert.NotNull(first.QuerySelector(".site-header #site-search"));
        Assert.NotNull(cached.QuerySelector(".site-header #site-search"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=CLIP")]
    public async Task ShouldMakeTheSkipLinkTheFirstFocusableElementOfTheBody(string url)
    {
        var page = await Html.GetAsync(client, url);

        var first = page.Body!.QuerySelectorAll("a[href], button, input, select, textarea, [tabindex]")
            .First(e => e.GetAttribute("tabindex") != "-1" && !e.HasAttribute("hidden"));
        Assert.Equal("skip-link", first.ClassName);
        Assert.Equal("#main", first.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#main"));
    }

    [Fact]
    public async Task ShouldLoadTheThemeScriptInTheHeadBeforeTheStylesheet()
    {
        var page = await Html.GetAsync(client, "/");

        var head = page.Head!.Children.ToList();
        var theme = head.FindIndex(e => e.LocalName == "script" && (e.GetAttribute("src") ?? "").Contains("js/theme", StringComparison.Ordinal));
        var style = head.FindIndex(e => e.LocalName == "link" && e.GetAttribute("rel") == "stylesheet");
        Assert.True(theme >= 0, "theme.js is in <head>");
        Assert.True(theme < style, "theme.js comes before the stylesheet");
        Assert.False(head[theme].HasAttribute("defer") || head[theme].HasAttribute("async"), "theme.js runs before the body paints");
        Assert.NotNull(page.Body!.QuerySelector("script[src*='js/keys'][defer]"));
    }

    [Fact]
    public async Task ShouldServeTheScriptsItReferences()
    {
        var page = await Html.GetAsync(client, "/");

        foreach (var src in page.QuerySelectorAll("script[src*='js/']").Select(s => s.GetAttribute("src")!))
        {
            var response = await client.GetAsync("/" + src.TrimStart('/'), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{src} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ShouldRenderTheThemeToggleHiddenUntilItsScriptRuns()
    {
        var page = await Html.GetAsync(client, "/");

        var toggle = page.QuerySelector(".site-header button[data-theme-toggle]");
        Assert.NotNull(toggle);
        Assert.True(toggle.HasAttribute("hidden"));
        Assert.Equal("false", toggle.GetAttribute("aria-pressed"));
        Assert.Equal("Dark mode", toggle.Text());
        Assert.Null(page.DocumentElement.GetAttribute("data-theme")); // the choice never reaches the server's HTML
    }
}
