using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Tests.Import;

public sealed class ListParserDefectTests
{
    private const string Header = "## Detection\n\n| Title | Abstract | Intro | Useful Links |\n|:----| :---:| :----: | :---:|\n";

    private static ParsedList Parse(string rows) => ListParser.Parse(Header + rows);

    [Theory]
    [InlineData("|2023|\n| **Bold Title** <br>| 摘要 | | |\n| Plain Title <br>| 摘要 | | [[Paper](https://arxiv.org/pdf/2301.00001)] |\n", "title-not-bold", 2)]
    [InlineData("|2023|\n| **T** <br>| 摘要 | |\n", "cell-count", 1)]
    [InlineData("|2023|\n| **T** <br>| 摘要 | | [[Paper](https://x.org/a)] | extra |\n", "cell-count", 1)]
    [InlineData("|2023|\n| **T** <br>| 摘要 | <img src=\"./images/t.png\"/> | [[Paper](https://arxiv.org/pdf/2404.089588)] |\n", "malformed-arxiv-id", 1)]
    [InlineData("|2023|\n| **T** <br>| 摘要 | | [[Paper](https://x.org/a)] |\n| **T** <br>| 再来 | | [[Paper](https://x.org/b)] |\n", "duplicate-title", 2)]
    [InlineData("|2023|\n| **A** | a | <img src=\"./images/same.png\"/> | |\n| **B** | b | <img src=\"./images/same.png\"/> | |\n", "shared-figure", 2)]
    [InlineData("|2023|\n| **A** | a | <img src=\"./images/a.png\"/> | [[Paper](https://arxiv.org/abs/2301.00001)] |\n| **B** | b | <img src=\"./images/b.png\"/> | [[Paper](https://arxiv.org/pdf/2301.00001v2)] |\n", "duplicate-arxiv-id", 2)]
    [InlineData("|1890|\n| **A** | a | <img src=\"./images/a.png\"/> | |\n", "year-out-of-range", 1)]
    [InlineData("| **Above Every Year Row** | a | <img src=\"./images/a.png\"/> | |\n", "no-year", 1)]
    public void ShouldWarnAboutDefectsAndStillImportWhatItCan(string rows, string code, int papers)
    {
        var list = Parse(rows);

        Assert.Contains(list.Issues, i => i.Code == code && i.Line > 0);
        Assert.Equal(papers, list.Papers.Count());
    }

    [Theory]
    [InlineData("|2023|\n| <br> | only an abstract | | |\n", "no-title")]
    public void ShouldSkipRowsItCannotUnderstandAndSayWhere(string rows, string code)
    {
        var list = Parse(rows + "|2024|\n| **Fine** | ok | <img src=\"./images/f.png\"/> | [[Paper](https://arxiv.org/pdf/2401.00001)] |\n");

        var issue = Assert.Single(list.Issues, i => i.Severity == ImportIssueSeverity.Skipped);
        Assert.Equal(code, issue.Code);
        Assert.InRange(issue.Line, 5, 6);
        Assert.Equal(["Fine"], list.Papers.Select(p => p.Title));
    }

    [Theory]
    [InlineData("[[Paper](https://arxiv.org/pdf/2405.20204))]", "https://arxiv.org/pdf/2405.20204")]
    [InlineData("[Paper](https://arxiv.org/pdf/2408.06747)]", "https://arxiv.org/pdf/2408.06747")]
    [InlineData("[[Paper](https://arxiv.org/pdf/2408.06747)", "https://arxiv.org/pdf/2408.06747")]
    [InlineData("[[Paper]( https://arxiv.org/pdf/2207.09519)]", "https://arxiv.org/pdf/2207.09519")]
    public void ShouldRecoverLinksWrappedInStrayBrackets(string cell, string url)
    {
        var paper = Assert.Single(Parse($"|2023|\n| **T** | a | | {cell} |\n").Papers);

        var link = Assert.Single(paper.Links);
        Assert.Equal(("Paper", url, LinkKind.Paper), (link.Label, link.Url, link.Kind));
    }

    [Fact]
    public void ShouldImportARowAboveEveryYearRowWithoutAYear()
    {
        var paper = Assert.Single(Parse("| **Early Row** | a | <img src=\"./images/a.png\"/> | |\n").Papers);

        Assert.Null(paper.Year);
    }

    [Fact]
    public void ShouldImportATableUnderTheListsTitleIntoACategoryNamedAfterIt()
    {
        // A small list has no sections: its entries stand under its title.
        var list = ListParser.Parse("# Title\n\n| Title | Abstract | Intro | Useful Links |\n|---|---|---|---|\n|2023|\n| **A** | a | | |\n");

        var category = Assert.Single(list.Categories);
        Assert.Equal(("Title", 1), (category.Name, category.Papers.Count));
        Assert.Contains(list.Sections, s => s.Path == "Title" && s.Role == SectionRole.Category && s.Line == 1);
    }

    [Fact]
    public void ShouldIgnoreHeadingsAndTablesThatAreNotCatalogTables()
    {
        var list = ListParser.Parse(
            "## About\n\nSome text.\n\n## Contributors\n\n| Name | Role |\n|---|---|\n| Ann | curator |\n\n" + Header + "|2023|\n| **A** | a | | |\n");

        Assert.Equal(["Detection"], list.Categories.Select(c => c.Name));
        Assert.Equal(0, list.Categories[0].Order);
    }

    [Fact]
    public void ShouldParseWindowsLineEndings()
    {
        var list = ListParser.Parse((Header + "|2023|\n| **A** | a<br>b | | [[Paper](https://x.org/a)] |\n").Replace("\n", "\r\n", StringComparison.Ordinal));

        var paper = Assert.Single(list.Papers);
        Assert.Equal("a\nb", paper.Abstract);
        Assert.Equal(6, paper.SourceLine);
        Assert.DoesNotContain('\r', paper.SourceMarkdown);
    }

    [Theory]
    [InlineData("a <br><br>🧟‍♂️:note", "a", "note")]
    [InlineData("a 🧟‍♂️： 中文冒号", "a", "中文冒号")]
    [InlineData("a<br>🧟‍♂️", "a", null)]
    [InlineData("<b>bold</b> and <script>x</script>", "bold and x", null)]
    public void ShouldSplitTheCuratorsNoteFromTheAbstract(string cell, string abstractText, string? note)
    {
        var paper = Assert.Single(Parse($"|2023|\n| **T** | {cell} | | |\n").Papers);

        Assert.Equal((abstractText, note), (paper.Abstract, paper.Commentary));
    }
}
