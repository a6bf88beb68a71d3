using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Catalog;

/// <summary><see cref="PaperValues.Text"/> and <see cref="PaperValues.WithText"/>: one spelling of every field, both ways.</summary>
public sealed class PaperValuesTextTests
{
    private static readonly PaperValues Empty = PaperValues.Of(new PaperBuilder().WithTitle("Empty").WithAbstract("").Build());

    private static readonly PaperValues Full = PaperValues.Of(new PaperBuilder()
        .WithTitle("CLIP-KD: 蒸馏")
        .WithUrl("https://arxiv.org/abs/2307.12732")
        .WithAuthors("Chuanguang Yang, Zhulin An")
        .WithVenue("CVPR 2024")
        .WithYear(2024)
        .WithDate(6, 30)
        .WithAbstract("A line.\nAnother, with \"quotes\".")
        .WithCommentary("🧟‍♂️ 值得一读")
        .WithGithubRepo("winycg/CLIP-KD")
        .WithLink("Code", "https://github.com/winycg/CLIP-KD")
        .WithLink("Paper", "https://arxiv.org/pdf/2307.12732")
        .WithFigure("images/CLIP-KD.png")
        .Build()) with { CategoryId = 7, Extras = [new ExtraField("Dataset", "LAION-400M")] };

    public static TheoryData<PaperField> Fields() => [.. PaperValues.Fields];

    [Theory]
    [MemberData(nameof(Fields))]
    public void ShouldReadBackEveryFieldFromItsText(PaperField field)
    {
        var text = Full.Text(field, _ => "Train");

        var back = Empty.WithText(field, text, categoryId: Full.CategoryId);

        Assert.NotNull(back);
        Assert.True(back.Same(Full, field), $"{field}: '{text}' read back as '{back.Text(field, _ => "Train")}'");
        Assert.All(PaperValues.Fields.Where(f => f != field && !(field == PaperField.Date && f == PaperField.Year)),
            other => Assert.True(back.Same(Empty, other) || (other == PaperField.Category && back.CategoryId == Empty.CategoryId), $"{field} also changed {other}"));
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void ShouldClearAFieldWhoseOldTextIsEmpty(PaperField field)
    {
        if (field is PaperField.Title or PaperField.Category) return; // a paper always has both

        var cleared = Full.WithText(field, Empty.Text(field, _ => "Train"));

        Assert.NotNull(cleared);
        Assert.True(cleared.Same(Empty, field), $"{field} kept '{cleared.Text(field, _ => "Train")}'");
    }

    [Theory]
    [InlineData(PaperField.Date, "2023-13-01")]
    [InlineData(PaperField.Date, "June")]
    [InlineData(PaperField.Year, "twenty")]
    [InlineData(PaperField.Links, "[{not json")]
    [InlineData(PaperField.Figures, "\"one\"")]
    [InlineData(PaperField.Extras, "{")]
    public void ShouldRefuseATextThatIsNotTheField(PaperField field, string text) =>
        Assert.Null(Full.WithText(field, text));

    [Fact]
    public void ShouldRefuseACategoryWhoseNameNoLongerResolves() =>
        Assert.Null(Full.WithText(PaperField.Category, "Gone", categoryId: null));
}
