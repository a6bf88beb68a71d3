using AwesomeClip.Core.Search;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Search;

[Collection(RealCatalogCollection.Name)]
public sealed class FilterAndFacetTests(RealCatalogFixture fixture)
{
    private CatalogSearch Search => fixture.Catalog.Search;

    [Fact]
    public async Task ShouldListTheWholeCatalogInListOrderForAnEmptyQuery()
    {
        var result = await Search.SearchAsync(new SearchRequest { PageSize = 100 }, TestContext.Current.CancellationToken);

        await using var db = fixture.Catalog.Database.CreateDbContext();
        var papers = await db.Papers.CountAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(papers, result.Total);
        Assert.Equal(await db.Categories.CountAsync(c => c.Papers.Any(), cancellationToken: TestContext.Current.CancellationToken), result.Facets.Categories.Count);
        Assert.Equal(papers, result.Facets.Categories.Sum(c => c.Count));
        Assert.Equal(papers, result.Facets.Years.Sum(y => y.Count));
        Assert.StartsWith("SUPERVISION EXISTS EVERYWHERE", result.Hits[0].Title, StringComparison.Ordinal);
        Assert.Equal("train", result.Hits[0].CategorySlug);
    }

    [Fact]
    public async Task ShouldFilterBySeveralCategories()
    {
        var result = await Search.SearchAsync(new SearchRequest { Categories = ["segmentation", "detection"], PageSize = 100 }, TestContext.Current.CancellationToken);

        Assert.All(result.Hits, h => Assert.Contains(h.CategorySlug, new[] { "segmentation", "detection" }));
        var selected = result.Facets.Categories.Where(c => c.Slug is "segmentation" or "detection").Sum(c => c.Count);
        Assert.Equal(result.Total, selected);
        Assert.True(result.Facets.Categories.Count > 2, "category counts ignore the category filter so more can be picked");
    }

    [Fact]
    public async Task ShouldFilterByYearRangeAndCountOtherYears()
    {
        var result = await Search.SearchAsync(new SearchRequest { YearFrom = 2023, YearTo = 2023, PageSize = 100 }, TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Hits);
        Assert.All(result.Hits, h => Assert.Equal(2023, h.Year));
        Assert.Equal(result.Total, result.Facets.Years.Single(y => y.Year == 2023).Count);
        Assert.Contains(result.Facets.Years, y => y.Year == 2022);
        Assert.Equal(result.Total, result.Facets.Categories.Sum(c => c.Count));
    }

    [Fact]
    public async Task ShouldSwapAReversedYearRange()
    {
        var reversed = await Search.SearchAsync(new SearchRequest { YearFrom = 2024, YearTo = 2022, PageSize = 100 }, TestContext.Current.CancellationToken);
        var ordered = await Search.SearchAsync(new SearchRequest { YearFrom = 2022, YearTo = 2024, PageSize = 100 }, TestContext.Current.CancellationToken);
        var all = await Search.SearchAsync(new SearchRequest { PageSize = 100 }, TestContext.Current.CancellationToken);

        Assert.Equal(ordered.Hits.Select(h => h.PaperId), reversed.Hits.Select(h => h.PaperId));
        Assert.All(reversed.Hits, h => Assert.InRange(h.Year ?? 0, 2022, 2024));
        Assert.InRange(reversed.Total, 1, all.Total - 1);
    }

    [Fact]
    public async Task ShouldKeepOnlyPapersWithCode()
    {
        var result = await Search.SearchAsync(new SearchRequest { HasCode = true, PageSize = 100 }, TestContext.Current.CancellationToken);

        await using var db = fixture.Catalog.Database.CreateDbContext();
        // The one rule (a repository, or a GitHub or code link), as the reader's filter runs it.
        var withCode = await db.Papers.CountAsync(AwesomeClip.Core.Catalog.PaperCode.Has, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(withCode, result.Total);
        Assert.InRange(result.Total, 1, await db.Papers.CountAsync(cancellationToken: TestContext.Current.CancellationToken) - 1);
    }

    [Theory]
    [InlineData(SearchSort.Newest)]
    [InlineData(SearchSort.Oldest)]
    public async Task ShouldSortByYear(SearchSort sort)
    {
        var result = await Search.SearchAsync(new SearchRequest { Query = "segmentation", Sort = sort, PageSize = 100 }, TestContext.Current.CancellationToken);

        var years = result.Hits.Select(h => h.Year).ToList();
        var expected = sort == SearchSort.Newest ? years.OrderDescending() : years.Order();
        Assert.Equal(expected, years);
        Assert.True(years.Distinct().Count() > 1);
    }

    [Fact]
    public async Task ShouldCountFacetsForTheCurrentQuery()
    {
        var result = await Search.SearchAsync(new SearchRequest { Query = "视频" }, TestContext.Current.CancellationToken);

        Assert.Equal(result.Total, result.Facets.Categories.Sum(c => c.Count));
        Assert.Equal(result.Total, result.Facets.Years.Sum(y => y.Count));
        Assert.Equal("video", result.Facets.Categories[0].Slug);
        Assert.Equal("Video", result.Facets.Categories[0].Name);
    }

    [Fact]
    public async Task ShouldPageWithoutOverlap()
    {
        var first = await Search.SearchAsync(new SearchRequest { Query = "clip", PageSize = 5, Page = 1 }, TestContext.Current.CancellationToken);
        var second = await Search.SearchAsync(new SearchRequest { Query = "clip", PageSize = 5, Page = 2 }, TestContext.Current.CancellationToken);

        Assert.Equal(5, first.Hits.Count);
        Assert.Equal(5, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.PaperId).Intersect(second.Hits.Select(h => h.PaperId)));
        Assert.Equal(first.Total, second.Total);
    }

    [Fact]
    public async Task ShouldListASelectedCategoryEvenWithNoMatches()
    {
        var result = await Search.SearchAsync(new SearchRequest { Query = "蒸馏", Categories = ["captioning"] }, TestContext.Current.CancellationToken);

        Assert.Equal(0, result.Total);
        Assert.Contains(result.Facets.Categories, c => c.Slug == "captioning" && c.Count == 0);
    }
}
