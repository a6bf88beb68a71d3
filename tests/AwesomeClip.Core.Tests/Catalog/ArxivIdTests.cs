using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.Catalog;

public sealed class ArxivIdTests
{
    [Theory]
    [InlineData("https://arxiv.org/abs/2103.00020", "2103.00020")]
    [InlineData("https://arxiv.org/pdf/2103.00020v3.pdf", "2103.00020")]
    [InlineData("http://www.arxiv.org/abs/1706.03762/", "1706.03762")]
    [InlineData("https://export.arxiv.org/abs/2301.0001?context=cs", "2301.0001")]
    [InlineData("  https://arxiv.org/abs/2212.12345#section  ", "2212.12345")]
    public void ShouldFindTheIdInAnArxivLink(string url, string id)
    {
        Assert.True(ArxivId.TryFromUrl(url, out var found, out _));
        Assert.Equal(id, found);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2313.00001", "2313.00001")]
    [InlineData("https://arxiv.org/abs/2300.00001", "2300.00001")]
    [InlineData("https://arxiv.org/abs/21030.0002", "21030.0002")]
    public void ShouldRecogniseAnArxivLinkWithAMalformedId(string url, string raw)
    {
        Assert.True(ArxivId.TryFromUrl(url, out var id, out var found));
        Assert.Null(id);
        Assert.Equal(raw, found);
    }

    [Theory]
    [InlineData("https://github.com/openai/CLIP")]
    [InlineData("https://arxiv.org/list/cs.CV/recent")]
    [InlineData("https://notarxiv.org/abs/2103.00020")]
    public void ShouldNotTakeOtherLinksForArxivLinks(string url) => Assert.False(ArxivId.TryFromUrl(url, out _, out _));

    [Fact]
    public void ShouldTakeTheFirstWellFormedIdAmongTheLinksTitleLinkFirst()
    {
        Assert.Equal("2201.00002", ArxivId.FromLinks("https://arxiv.org/abs/2201.00002", ["https://arxiv.org/abs/2101.00001"]));
        Assert.Equal("2101.00001", ArxivId.FromLinks("https://arxiv.org/abs/bad", ["https://x.example/", "https://arxiv.org/pdf/2101.00001"]));
        Assert.Null(ArxivId.FromLinks(null, ["https://x.example/"]));
    }

    [Theory]
    [InlineData("2103.00020", 2021, 3)]
    [InlineData("0704.0001", 2007, 4)]
    [InlineData("2412.99999", 2024, 12)]
    public void ShouldReadTheYearAndMonthOfSubmission(string id, int year, int month) =>
        Assert.Equal((year, month), (ArxivId.Year(id), ArxivId.Month(id)));

    [Theory]
    [InlineData(null)]
    [InlineData("2313.00001")]
    [InlineData("hep-th/9901001")]
    public void ShouldHaveNoYearForAnInvalidId(string? id) => Assert.Equal((null, null), (ArxivId.Year(id), ArxivId.Month(id)));
}
