using AwesomeClip.Core.Search;

namespace AwesomeClip.Core.Tests.Search;

public sealed class HighlightedTextTests
{
    private static readonly HighlightedText Text = new([new("…a <b> & ", false), new("CLIP", true), new(" 模型", false), new("分割", true)]);

    [Fact]
    public void ShouldWriteEncodedHtmlWhoseOnlyMarkupIsMark() =>
        Assert.Equal("…a &lt;b&gt; &amp; <mark>CLIP</mark> 模型<mark>分割</mark>", Text.ToHtml());

    [Fact]
    public void ShouldGiveThePlainTextAndTheMarkedWords()
    {
        Assert.Equal("…a <b> & CLIP 模型分割", Text.Plain);
        Assert.Equal(["CLIP", "分割"], Text.Marked);
        Assert.False(Text.IsEmpty);
        Assert.True(HighlightedText.Empty.IsEmpty);
    }
}
