using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.Catalog;

public sealed class TitleKeyTests
{
    [Theory]
    [InlineData("CLIP: Learning Transferable Visual Models", "clip learning transferable visual models")]
    [InlineData("  **CLIPA:  an**\tX ", "clipa an x")]
    [InlineData("ＣＬＩＰ　Ｖ２", "clip v2")]
    [InlineData("ReCLIP++: Learn to Rectify", "reclip++ learn to rectify")]
    [InlineData("C# and F#", "c# and f#")]
    [InlineData("中文 标题：测试", "中文 标题 测试")]
    [InlineData("!!!", "")]
    public void ShouldKeepOnlyTheWordsOfATitle(string title, string key) => Assert.Equal(key, TitleKey.Of(title));

    [Theory]
    [InlineData("CLIP-Adapter: Better Vision-Language Models", "clip adapter better vision language models")]
    [InlineData("An Image is Worth 16x16 Words", "an image is worth 16x16 words.")]
    [InlineData("Ｆｕｌｌ Width", "full width")]
    public void ShouldTakeTitlesThatDifferOnlyInCaseWidthOrPunctuationForTheSame(string a, string b) => Assert.True(TitleKey.Same(a, b));

    [Theory]
    [InlineData("ReCLIP++", "ReCLIP")]
    [InlineData("CLIP2", "CLIP")]
    [InlineData("C#", "C")]
    public void ShouldTellTitlesThatDifferInAWordApart(string a, string b) => Assert.False(TitleKey.Same(a, b));

    [Theory]
    [InlineData("ReCLIP++ & C# Papers")]
    [InlineData("Zero-Shot & Few-Shot")]
    [InlineData("视觉 / 语言")]
    public void ShouldMakeTheSameSlugForTheSameTitle(string title)
    {
        Assert.Equal(Slug.From(title), Slug.From(title.ToUpperInvariant() + "!"));
        Assert.DoesNotContain('+', Slug.From(title));
        Assert.DoesNotContain('#', Slug.From(title));
    }
}
