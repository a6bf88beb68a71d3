using AwesomeClip.Core.Catalog;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Catalog;

/// <summary>The category pages, the home page's newest papers and the search results show each paper as the list does.</summary>
public sealed class DetailedRowPageTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task ShouldShowACategorysPapersWithThumbnailsExcerptsNotesAndLinks()
    {
        var page = await Html.GetAsync(app.Client, "/papers?category=segmentation");

        var rows = page.QuerySelectorAll(".paper-list .paper-row");
        var thumbnails = page.QuerySelectorAll(".paper-row .row-figure picture img");
        Assert.NotEmpty(thumbnails);
        Assert.All(thumbnails, img => Assert.True(img.HasAttribute("width") && img.HasAttribute("height") && img.GetAttribute("alt") == ""));
        Assert.Equal("eager", thumbnails[0].GetAttribute("loading"));
        Assert.Equal("lazy", thumbnails[^1].GetAttribute("loading"));
        var excerpts = page.QuerySelectorAll(".paper-excerpt").Select(e => e.TextContent).ToList();
        Assert.Equal(rows.Length, excerpts.Count);
        Assert.All(excerpts, e => Assert.InRange(e.Length, 1, TextExcerpt.AbstractLength + 1));
        Assert.Contains(excerpts, e => e.EndsWith('…'));
        Assert.NotEmpty(page.QuerySelectorAll(".paper-note .note-badge"));
        Assert.Contains(page.QuerySelectorAll("a.row-link"), a => a.Text().StartsWith("Code of ", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("a.row-link"), a => a.Text().StartsWith("Paper of ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldOfferTheViewToggleWithTheScriptInTheHead()
    {
        var page = await Html.GetAsync(app.Client, "/papers?category=video");

        var buttons = page.QuerySelectorAll(".view-toggle button[aria-pressed]");
        Assert.Equal(["detailed", "compact"], buttons.Select(b => b.GetAttribute("data-view-choice")));
        Assert.Equal(["true", "false"], buttons.Select(b => b.GetAttribute("aria-pressed")));
        var head = page.Head!.Children.ToList();
        var script = head.FindIndex(e => e.LocalName == "script" && (e.GetAttribute("src") ?? "").Contains("js/view", StringComparison.Ordinal));
        var stylesheet = head.FindIndex(e => e.LocalName == "link" && e.GetAttribute("rel") == "stylesheet");
        Assert.InRange(script, 0, stylesheet - 1);
        Assert.False(head[script].HasAttribute("async") || head[script].HasAttribute("defer"));
    }

    [Fact]
    public async Task ShouldShowTheNewestPapersInDetailedRows()
    {
        var home = await Html.GetAsync(app.Client, "/");

        var rows = home.QuerySelectorAll(".newest .paper-row");
        Assert.NotEmpty(rows);
        Assert.NotEmpty(home.QuerySelectorAll(".newest .paper-excerpt"));
        Assert.NotEmpty(home.QuerySelectorAll(".newest a.row-link"));
        Assert.All(home.QuerySelectorAll(".newest .row-figure img"), img => Assert.Equal("lazy", img.GetAttribute("loading")));
        Assert.NotNull(home.QuerySelector(".view-toggle"));
    }

    [Fact]
    public async Task ShouldShowSearchHitsWithThumbnailsLinksAndTheNoteBadge()
    {
        var page = await Html.GetAsync(app.Client, "/search?q=CLIP");

        var hits = page.QuerySelectorAll("li.hit");
        Assert.NotEmpty(hits);
        Assert.NotEmpty(page.QuerySelectorAll("li.hit .row-figure picture img[width][height]"));
        Assert.NotEmpty(page.QuerySelectorAll("li.hit a.row-link"));
        Assert.All(page.QuerySelectorAll("li.hit a.row-link"), a => Assert.StartsWith("http", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll("li.hit .paper-note .note-badge"));
        Assert.DoesNotContain("🧟", page.QuerySelector("#search-results")!.TextContent);
    }
}
