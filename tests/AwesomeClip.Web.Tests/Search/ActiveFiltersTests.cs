using AngleSharp.Dom;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.WebUtilities;

namespace AwesomeClip.Web.Tests.Search;

/// <summary>The search page's facets fold into a Filters disclosure; the filters in force show as removable chips.</summary>
public sealed class ActiveFiltersTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task ShouldFoldTheFacetsIntoOneFiltersDisclosure()
    {
        var page = await Html.GetAsync(client, "/search?q=CLIP");

        var details = Assert.Single(page.QuerySelectorAll("details.facets-disclosure"));
        Assert.Equal("Filters", details.QuerySelector("summary")!.Text());
        Assert.Single(page.QuerySelectorAll("aside.facets"));
        Assert.NotNull(details.QuerySelector("aside.facets a.facet"));
        Assert.Empty(page.QuerySelectorAll(".active-filters"));
    }

    [Fact]
    public async Task ShouldCountTheActiveFiltersInTheSummary()
    {
        var page = await Html.GetAsync(client, "/search?q=CLIP&category=video&year=2023&hasCode=true");

        Assert.Equal("Filters (3 active)", page.QuerySelector("details.facets-disclosure > summary")!.Text());
    }

    [Fact]
    public async Task ShouldOfferAChipThatRemovesExactlyItsFilter()
    {
        var url = "/search?q=CLIP&category=video&category=segmentation&year=2023&hasCode=true&venue=CVPR&sort=newest";
        var page = await Html.GetAsync(client, url);
        var all = Parameters(url);

        var chips = page.QuerySelectorAll(".active-filters a.active-filter").ToList();
        Assert.Equal(
            ["Remove filter: Video", "Remove filter: Segmentation", "Remove filter: 2023", "Remove filter: CVPR", "Remove filter: Has code"],
            chips.Select(c => c.GetAttribute("aria-label")));
        Assert.All(chips, c => Assert.Equal("/search", c.GetAttribute("href")!.Split('?')[0]));
        AssertRemoves(chips[0], all, ("category", "video"));
        AssertRemoves(chips[1], all, ("category", "segmentation"));
        AssertRemoves(chips[2], all, ("year", "2023"));
        AssertRemoves(chips[3], all, ("venue", "CVPR"));
        AssertRemoves(chips[4], all, ("hasCode", "true"));
    }

    [Fact]
    public async Task ShouldNameAYearRangeOnItsChip()
    {
        var page = await Html.GetAsync(client, "/search?q=CLIP&yearFrom=2022&yearTo=2023");

        var chip = Assert.Single(page.QuerySelectorAll(".active-filters a"));
        Assert.Equal("Remove filter: 2022–2023", chip.GetAttribute("aria-label"));
        Assert.Equal("/search?q=CLIP", chip.GetAttribute("href"));
    }

    [Fact]
    public async Task ShouldLabelTheCuratorsNoteInWordsWithTheEmojiDecorative()
    {
        var search = await Html.GetAsync(client, "/search?q=" + Uri.EscapeDataString("食用"));
        var marker = search.QuerySelector(".hit .paper-note .note-badge");
        Assert.NotNull(marker);
        Assert.Contains("Note", marker.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("🧟", search.QuerySelector(".hit .paper-note")!.TextContent, StringComparison.Ordinal);

        var id = search.QuerySelector(".hit .paper-title")!.GetAttribute("href");
        var paper = await Html.GetAsync(client, id!);
        var heading = paper.QuerySelector(".commentary h2")!;
        Assert.StartsWith("🧟‍♂️ Curator's note", heading.Text(), StringComparison.Ordinal);
        Assert.Equal("true", heading.QuerySelector(".note-emoji")!.GetAttribute("aria-hidden"));
    }

    private static List<(string Key, string Value)> Parameters(string url) =>
        [.. QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), url).Query).SelectMany(p => p.Value.Select(v => (p.Key, v!)))];

    private static void AssertRemoves(IElement chip, List<(string Key, string Value)> all, (string Key, string Value) removed)
    {
        var expected = all.Where(p => p != removed).Order().ToList();
        Assert.Equal(expected, Parameters(chip.GetAttribute("href")!).Order().ToList());
    }
}
