using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.Catalog;

public sealed class TextSegmentsTests
{
    [Fact]
    public void ShouldSplitLinesAndKeepWebLinksAsLinks()
    {
        var lines = TextSegments.Lines("See [code](https://github.com/a/b) here.\n\n  \n第二行 [论文](https://arxiv.org/abs/2103.00020)").ToList();

        Assert.Equal(2, lines.Count);
        Assert.Equal([new("See ", null), new("code", "https://github.com/a/b"), new(" here.", null)], lines[0]);
        Assert.Equal([new("第二行 ", null), new("论文", "https://arxiv.org/abs/2103.00020")], lines[1]);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x](//evil.example/)")]
    [InlineData("[x](https://user:pw@evil.example/)")]
    [InlineData("[x](./images/a.png)")]
    public void ShouldLeaveALinkTheLinkRuleRefusesAsText(string text)
    {
        var segment = Assert.Single(Assert.Single(TextSegments.Lines(text)));

        Assert.Equal((text, (string?)null), (segment.Text, segment.Url));
    }

    [Fact]
    public void ShouldHaveNoLinesForNoText()
    {
        Assert.Empty(TextSegments.Lines(null));
        Assert.Empty(TextSegments.Lines(" \n "));
    }
}
