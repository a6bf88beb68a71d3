using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Export;

public sealed class PaperRowTests
{
    [Fact]
    public void ShouldRenderTheListsCanonicalRow()
    {
        var paper = new PaperBuilder().WithTitle("CLIPA: An Inverse Scaling Law for CLIP Training").WithGithubRepo("UCSC-VLAA/CLIPA")
            .WithArxiv("2305.07017").WithFigure("./images/CLIPA.png").WithAbstract("文章提出了一个发现.").WithCommentary("很有意思👍").Build();

        Assert.Equal(
            "| [![Star](https://img.shields.io/github/stars/UCSC-VLAA/CLIPA.svg?style=social&label=Star)](https://github.com/UCSC-VLAA/CLIPA) <br> **CLIPA: An Inverse Scaling Law for CLIP Training** <br>| 文章提出了一个发现. <br><br>🧟‍♂️:很有意思👍 |<img src=\"./images/CLIPA.png\"  width=\"640px\"/>| [[Github](https://github.com/UCSC-VLAA/CLIPA)] <br> [[Paper](https://arxiv.org/pdf/2305.07017)] |",
            PaperRow.Render(paper));
    }

    [Fact]
    public void ShouldRenderSomeRowsOfTheRealListExactlyAsWritten()
    {
        var papers = ListParser.Parse(File.ReadAllText(Repo.RealList)).Papers.ToList();

        var same = papers.Count(p => PaperRow.Render(ToPaper(p)) == p.SourceMarkdown);

        // The list is hand-written and its spacing varies from row to row (13 of 109 rows match all of it); each cell
        // of the canonical format is the list's most common spelling of that cell.
        Assert.True(same >= papers.Count / 10, $"{same} of {papers.Count} rows render exactly as written");
    }

    [Fact]
    public void ShouldRenderEveryRowOfTheRealListSoThatItImportsBackUnchanged()
    {
        foreach (var parsed in ListParser.Parse(File.ReadAllText(Repo.RealList)).Papers)
        {
            var paper = ToPaper(parsed);
            var warnings = new List<AwesomeClip.Core.Messages.CoreMessage>();
            var row = PaperRow.For(paper, warnings);

            Assert.Empty(warnings);
            Assert.Equal(PaperFingerprint.Of(paper), Reparse(row, paper.Year).Fingerprint());
        }
    }

    [Theory]
    [InlineData("Title with | pipe", "abstract")]
    [InlineData("**Bold** and _under_score_ and `code`", "a*b*c and snake_case_name")]
    [InlineData("CLIP_Surgery [MetaCLIP] <tag>", "literal <br> is text, not a break & &amp; stays")]
    [InlineData("Back\\slash \\*", "abs with [a link](https://example.com/x_(y)) and | pipe")]
    [InlineData("中文标题：对比学习", "第一行\n第二行\n\n第四行 [作者的回答](https://www.zhihu.com/question/1/answer/2)")]
    [InlineData("Title", "")]
    public void ShouldRenderRowsThatImportBackUnchanged(string title, string @abstract)
    {
        var paper = new PaperBuilder().WithTitle(title).WithAbstract(@abstract).WithCommentary("note with | and *stars*")
            .WithGithubRepo("owner/repo.name").WithLink("unofficial [Github]", "https://github.com/a/b|c")
            .WithLink("知乎", "https://www.zhihu.com/question/595372017/answer/2982207851").WithFigure("./images/a b.png").Build();
        var warnings = new List<AwesomeClip.Core.Messages.CoreMessage>();

        var row = PaperRow.For(paper, warnings);

        Assert.Empty(warnings);
        var parsed = Reparse(row);
        Assert.Equal(title.Trim(), parsed.Title);
        Assert.Equal(PaperFingerprint.Of(paper), parsed.Fingerprint());
    }

    [Fact]
    public void ShouldWarnWhenAFieldCannotBeWrittenInTheListsFormat()
    {
        // The list has no way to write a note marker inside an abstract: the importer would split there.
        var paper = new PaperBuilder().WithTitle("T").WithAbstract("before 🧟‍♂️: after").Build();
        var warnings = new List<AwesomeClip.Core.Messages.CoreMessage>();

        PaperRow.For(paper, warnings);

        Assert.Contains("'T'", Assert.Single(warnings).ToString(), StringComparison.Ordinal);
    }

    private static ParsedPaper Reparse(string row, int? year = 2024) =>
        Assert.Single(ListParser.Parse($"## C\n\n{PaperRow.TableHeader}\n{PaperRow.TableDelimiter}\n|{year}|\n{row}\n").Papers);

    private static Paper ToPaper(ParsedPaper p)
    {
        var paper = new Paper { Title = p.Title, Year = p.Year, Abstract = p.Abstract, Commentary = p.Commentary, GithubRepo = p.GithubRepo, ArxivId = p.ArxivId };
        paper.Links.AddRange(p.Links.Select((l, i) => new PaperLink { Position = i, Kind = l.Kind, Label = l.Label, Url = l.Url }));
        paper.Figures.AddRange(p.Figures.Select((f, i) => new PaperFigure { Position = i, Path = f }));
        return paper;
    }
}
