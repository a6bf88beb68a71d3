using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.Catalog;

public sealed class TextExcerptTests
{
    [Fact]
    public void ShouldKeepAShortTextAsItIs()
    {
        Assert.Equal("CLIP on a budget.", TextExcerpt.Of("CLIP on a budget.", 40));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    public void ShouldGiveNothingForNoText(string? text)
    {
        Assert.Null(TextExcerpt.Of(text, 40));
    }

    [Fact]
    public void ShouldCutEnglishBetweenWords()
    {
        var excerpt = TextExcerpt.Of("Contrastive pre-training aligns images with their captions at scale.", 30);

        Assert.Equal("Contrastive pre-training…", excerpt);
    }

    [Fact]
    public void ShouldCutChineseBetweenAnyTwoCharacters()
    {
        var excerpt = TextExcerpt.Of("本文提出一种创新的CLIP训练方式来解决数据量的需求", 8);

        Assert.Equal("本文提出一种创新…", excerpt);
    }

    [Fact]
    public void ShouldNotCutALatinWordInsideChineseText()
    {
        // 7 characters reach into "DeCLIP": the cut goes back to the ideograph before it.
        var excerpt = TextExcerpt.Of("提出的方法DeCLIP更有效地学习视觉特征", 7);

        Assert.Equal("提出的方法…", excerpt);
    }

    [Fact]
    public void ShouldCutInsideAWordTooLongToWaitFor()
    {
        var excerpt = TextExcerpt.Of(new string('a', 100), 40);

        Assert.Equal(new string('a', 40) + "…", excerpt);
    }

    [Fact]
    public void ShouldNeverSplitASurrogatePairOrAnEmojiSequence()
    {
        // 🧟‍♂️ is five UTF-16 units (a surrogate pair, a joiner, ♂, a variation selector); 𠮷 is a surrogate pair.
        var text = "注🧟‍♂️𠮷" + new string('字', 20);

        Assert.Equal("注🧟‍♂️…", TextExcerpt.Of(text, 2));
        Assert.Equal("注🧟‍♂️𠮷…", TextExcerpt.Of(text, 3));
    }

    [Fact]
    public void ShouldJoinLinesAndShowLinksAsTheirText()
    {
        var excerpt = TextExcerpt.Of("直接使用[作者的回答](https://www.zhihu.com/question/1)：\n  从causality理论出发", 100);

        Assert.Equal("直接使用作者的回答： 从causality理论出发", excerpt);
    }

    [Fact]
    public void ShouldLeaveNoDanglingCommaBeforeTheEllipsis()
    {
        Assert.Equal("First, second…", TextExcerpt.Of("First, second, third and fourth", 15));
    }

    [Fact]
    public void ShouldTakeTheFirstLineThatHasText()
    {
        Assert.Equal("建议大规模数据集管理食用", TextExcerpt.FirstLineOf("\n建议大规模数据集管理食用\n数据质量比数量重要", 40));
    }
}
