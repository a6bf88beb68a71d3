using System.Globalization;
using AwesomeClip.Web.Discovery;

namespace AwesomeClip.Web.Tests.Discovery;

public sealed class MetaDescriptionTests
{
    [Fact]
    public void ShouldKeepAShortTextOnOneLine() => Assert.Equal("CLIP for detection: a study.", MetaDescription.Of("CLIP for\n  detection:\r\na study."));

    [Fact]
    public void ShouldCutLongEnglishAfterAWord()
    {
        var text = string.Join(' ', Enumerable.Repeat("contrastive", 40));

        var cut = MetaDescription.Of(text);

        Assert.True(cut.Length <= MetaDescription.MaxLength, cut);
        Assert.EndsWith("contrastive…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldCutLongChineseWhereItIsWithoutSplittingAnEmoji()
    {
        var text = string.Concat(Enumerable.Repeat("对比学习🧟‍♂️", 60));

        var cut = MetaDescription.Of(text);

        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.True(new StringInfo(cut).LengthInTextElements <= MetaDescription.MaxLength);
        Assert.DoesNotContain('\uFFFD', cut);
        Assert.False(char.IsHighSurrogate(cut[^2]), "a surrogate pair was split");
    }

    [Fact]
    public void ShouldGiveNothingForNothing() => Assert.Equal("", MetaDescription.Of(" \n "));
}
