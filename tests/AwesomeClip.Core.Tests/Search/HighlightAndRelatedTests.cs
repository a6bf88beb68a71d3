using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Search;

[Collection(RealCatalogCollection.Name)]
public sealed class HighlightAndRelatedTests(RealCatalogFixture fixture)
{
    private SearchCatalog Catalog => fixture.Catalog;

    [Fact]
    public async Task ShouldMarkChineseMatchesInTheAbstract()
    {
        var hit = (await Catalog.SearchAsync("蒸馏")).Hits[0];

        Assert.Contains("<mark>蒸馏</mark>", hit.Highlights.Abstract.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("<mark>Distillation</mark>", hit.Highlights.Title.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldMarkTheWholeNameAndTypoCorrections()
    {
        var kd = (await Catalog.SearchAsync("CLIP-KD")).Hits[0];
        var typo = (await Catalog.SearchAsync("segmantation")).Hits[0];

        Assert.StartsWith("<mark>CLIP-KD</mark>", kd.Highlights.Title.ToHtml(), StringComparison.Ordinal);
        Assert.Contains("<mark>Segmentation</mark>", typo.Highlights.Title.ToHtml(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldProduceOnlyMarkTags()
    {
        var result = await Catalog.SearchAsync("CLIP 分割 segmentation", pageSize: 50);

        foreach (var h in result.Hits.Select(h => h.Highlights))
        {
            foreach (var html in new[] { h.Title.ToHtml(), h.Abstract.ToHtml(), h.Commentary?.ToHtml() ?? "" })
            {
                var stripped = html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
                Assert.DoesNotContain('<', stripped);
                Assert.DoesNotContain('>', stripped);
            }
        }
    }

    [Fact]
    public async Task ShouldSnipLongAbstractsAroundTheMatch()
    {
        var hit = (await Catalog.SearchAsync("FIFO")).Hits[0];

        Assert.Contains("<mark>FIFO</mark>", hit.Highlights.Commentary?.ToHtml(), StringComparison.Ordinal);
        Assert.True(hit.Highlights.Abstract.ToHtml().Length < 400);
    }

    [Fact]
    public async Task ShouldFindRelatedPapersExceptItself()
    {
        var coop = await Catalog.PaperIdAsync("CoOp:");

        var related = await Catalog.Search.RelatedAsync(coop, 5, TestContext.Current.CancellationToken);

        Assert.Equal(5, related.Count);
        Assert.DoesNotContain(related, r => r.PaperId == coop);
        Assert.Contains(related.Take(3), r => r.Title.StartsWith("CoCoOp", StringComparison.Ordinal));
        Assert.Equal(5, related.Select(r => r.PaperId).Distinct().Count());
    }

    [Fact]
    public async Task ShouldFillRelatedPapersFromTheCategory()
    {
        var paper = await Catalog.PaperIdAsync("CLIPCleaner");

        var related = await Catalog.Search.RelatedAsync(paper, 20, TestContext.Current.CancellationToken);

        Assert.Equal(20, related.Count);
        Assert.Equal(20, related.Select(r => r.PaperId).Distinct().Count());
    }

    [Fact]
    public async Task ShouldReturnNoRelatedPapersForAnUnknownPaper()
    {
        Assert.Empty(await Catalog.Search.RelatedAsync(987_654, 5, TestContext.Current.CancellationToken));
    }
}
