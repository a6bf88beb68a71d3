using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Search;

[Collection(RealCatalogCollection.Name)]
public sealed class RankingTests(RealCatalogFixture fixture)
{
    private SearchCatalog Catalog => fixture.Catalog;

    [Theory]
    [InlineData("CoOp", "CoOp: Learning to Prompt")]
    [InlineData("coop", "CoOp: Learning to Prompt")]
    [InlineData("CLIP-KD", "CLIP-KD:")]
    [InlineData("EVA-CLIP", "EVA-CLIP: Improved Training")]
    [InlineData("SigLIP", "SigLip:")]
    [InlineData("CLIP4Clip", "CLIP4Clip:")]
    [InlineData("2110.05208", "SUPERVISION EXISTS EVERYWHERE")]
    public async Task ShouldRankExactNameFirst(string query, string expectedTitleStart)
    {
        var titles = await Catalog.TitlesAsync(query);

        Assert.StartsWith(expectedTitleStart, titles[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("segmentation", "segment")]
    [InlineData("retrieval", "retriev")]
    [InlineData("video", "video")]
    public async Task ShouldRankTitleMatchAboveAbstractMatch(string query, string titleStem)
    {
        var titles = await Catalog.TitlesAsync(query, count: 40);
        var inTitle = titles.Select(t => t.Contains(titleStem, StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Contains(false, inTitle); // some papers match through their abstract only
        Assert.True(inTitle.LastIndexOf(true) < inTitle.IndexOf(false) + 3,
            "title matches should come before abstract-only matches:\n" + string.Join('\n', titles));
    }

    [Theory]
    [InlineData("蒸馏", "Distill")]
    [InlineData("分割", "Segment")]
    [InlineData("检测", "Detect")]
    [InlineData("CLIP 蒸馏", "Distill")]
    [InlineData("segmantation", "Segmentation")]
    [InlineData("distilation", "Distill")]
    [InlineData("retreival", "Retrieval")]
    [InlineData("segm", "Segment")]
    public async Task ShouldFindTheTopicInAnyLanguageOrSpelling(string query, string titleWord)
    {
        var titles = await Catalog.TitlesAsync(query, count: 3);

        Assert.All(titles, t => Assert.Contains(titleWord, t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ShouldFindAPaperByTheNameItsAbstractGivesAndItsRepository()
    {
        // DeCLIP names its method in the abstract; the CLIP benchmark paper shares its repository (Sense-GVT/DeCLIP).
        var titles = await Catalog.TitlesAsync("DeCLIP", count: 2);

        Assert.Contains(titles, t => t.StartsWith("SUPERVISION EXISTS EVERYWHERE", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Democratizing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldFindChineseSubstringsThatWordSegmentationSplits()
    {
        // "长文本" is segmented differently in different abstracts; bigrams still find it verbatim.
        var titles = await Catalog.TitlesAsync("长文本", count: 2);

        Assert.Contains(titles, t => t.StartsWith("Long-CLIP", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("LoTLIP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldExcludePapersMatchingAMinusTerm()
    {
        var all = await Catalog.SearchAsync("segmentation", pageSize: 100);
        var withoutSemantic = await Catalog.SearchAsync("segmentation -semantic", pageSize: 100);

        Assert.True(withoutSemantic.Total < all.Total);
        Assert.DoesNotContain(withoutSemantic.Hits, h => h.Title.Contains("Semantic", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ShouldMatchQuotedPhrasesInOrder()
    {
        var phrase = await Catalog.SearchAsync("\"semantic segmentation\"", pageSize: 100);
        var words = await Catalog.SearchAsync("segmentation semantic", pageSize: 100);

        Assert.True(phrase.Total <= words.Total);
        Assert.Contains("Semantic Segmentation", phrase.Hits[0].Title, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldNotLetTheWordClipFilterAnything()
    {
        var clipAndTopic = await Catalog.SearchAsync("CLIP 蒸馏", pageSize: 100);
        var topic = await Catalog.SearchAsync("蒸馏", pageSize: 100);

        Assert.Equal(topic.Total, clipAndTopic.Total);
    }
}
