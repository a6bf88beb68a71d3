using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Tests.Import.Parsing;

public sealed class SectionTests
{
    private const string NestedList = """
        # Awesome Fields [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)
        A curated list of neural field papers, kept by hand.

        ## Table of Contents
        - [Papers](#papers)
          - [Faster](#faster)
        - [Contributing](#contributing)

        ## Papers
        - [Fields: The Original](https://orig.example/), Ann et al., ECCV 2020

        <details open>
        <summary>Faster</summary>

        - [Fast Fields](https://fast.example/), Bo et al., CVPR 2021
        </details>

        <details>
        <summary><b>Empty &amp; Waiting</b></summary>

        </details>

        ### Video
        #### Dynamic
        - [Moving Fields](https://move.example/), Cy et al., ICCV 2021

        ## Contributing
        - [Open a pull request](https://github.com/x/awesome-fields/pulls), please.

        ## Contributors
        - [Ann](https://github.com/ann)
        - [Bo](https://github.com/bo)

        ## Star History
        [![Star History Chart](https://api.star-history.com/svg?repos=x/awesome-fields)](https://star-history.com/#x/awesome-fields)
        """;

    private static readonly ParsedList List = ListParser.Parse(NestedList);

    [Fact]
    public void ShouldBuildTheCategoryTreeFromHeadingsOfEveryLevelAndDetails()
    {
        Assert.Equal(
            ["Papers", "Papers/Faster", "Papers/Video", "Papers/Video/Dynamic"],
            List.Categories.Select(c => string.Join('/', List.PathOf(c))));
        Assert.Equal([1, 1, 0, 1], List.Categories.Select(c => c.Papers.Count));
    }

    [Fact]
    public void ShouldTakeTheListsNameAndIntroductionFromItsTitleAndFirstParagraph()
    {
        Assert.Equal("Awesome Fields", List.Info.Title);
        Assert.Equal("A curated list of neural field papers, kept by hand.", List.Info.Intro);
    }

    [Theory]
    [InlineData("Table of Contents", SectionRole.Contents)]
    [InlineData("Contributing", SectionRole.Boilerplate)]
    [InlineData("Contributors", SectionRole.Boilerplate)]
    [InlineData("Star History", SectionRole.Boilerplate)]
    [InlineData("Papers", SectionRole.Category)]
    [InlineData("Papers / Video", SectionRole.Group)]
    [InlineData("Papers / Empty & Waiting", SectionRole.NoEntries)]
    public void ShouldRecogniseWhatEachSectionIs(string path, SectionRole role) =>
        Assert.Equal(role, Assert.Single(List.Sections, s => s.Path == path).Role);

    [Fact]
    public void ShouldReportEntryLikeItemsOfSectionsAboutTheListAsNotImported()
    {
        var skipped = List.Issues.Where(i => i.Severity == ImportIssueSeverity.Skipped).ToList();

        var contributing = Assert.Single(skipped);
        Assert.Contains("'Open a pull request' was not imported: section 'Contributing' is about the list", contributing.Message, StringComparison.Ordinal);
        Assert.Equal(NestedList.Split('\n').ToList().FindIndex(l => l.Contains("Open a pull request", StringComparison.Ordinal)) + 1, contributing.Line);
    }

    [Fact]
    public void ShouldNotTakeProfilesTocLinksOrBadgesForEntries()
    {
        var list = ListParser.Parse("## Links\n- [Papers](#papers)\n- [![Build](https://img.shields.io/badge/build-passing-green)](https://ci.example/)\n\n## Papers\n- [Real Paper](https://p.example/), Cy et al., CVPR 2021\n- [Ann](https://github.com/ann)\n");

        Assert.Equal("Real Paper", Assert.Single(list.Papers).Title);
        Assert.Contains(list.Issues, i => i.Message.Contains("'Ann' was not imported: it links only to a person's profile", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldReportAnItemOfACategoryThatIsNotAnEntryWithItsLineAndWhy()
    {
        var list = ListParser.Parse("## Papers\n- [Real Paper](https://p.example/), Ann et al., CVPR 2021\n- **More coming soon**\n");

        var issue = Assert.Single(list.Issues, i => i.Severity == ImportIssueSeverity.Skipped);
        Assert.Equal(3, issue.Line);
        Assert.Contains("'More coming soon' was not imported: it has no link, authors, venue or year", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldImportEntriesUnderTheTitleOfAListWithoutSectionsIntoOneCategory()
    {
        var list = ListParser.Parse("# Awesome Tiny\n\n- [One](https://one.example/), Ann et al., 2020\n- [Two](https://two.example/), Bo et al., 2021\n");

        Assert.Equal(("Awesome Tiny", 2), (Assert.Single(list.Categories).Name, list.Papers.Count()));
    }

    [Fact]
    public void ShouldKeepHeadingsOfTheSameNameApartByTheirParents()
    {
        var list = ListParser.Parse("# L\n## Vision\n### Generation\n- [A](https://a.example/), X et al., 2022\n## Audio\n### Generation\n- [B](https://b.example/), Y et al., 2023\n");

        Assert.Equal(["Vision", "Vision/Generation", "Audio", "Audio/Generation"], list.Categories.Select(c => string.Join('/', list.PathOf(c))));
        Assert.Equal([null, 0, null, 2], list.Categories.Select(c => c.Parent));
    }

    [Fact]
    public void ShouldSayWhereEachYearCameFrom()
    {
        var list = ListParser.Parse("# CVPR 2024 Papers\n## A\n- [Dated](https://d.example/), X et al., 2021-05-03\n- [Venue](https://v.example/), Y et al., ICML 2020\n- [Only arXiv-like](https://arxiv.org/abs/2312.00001) [[code](https://github.com/c/d)]\n");

        var years = Assert.Single(list.Sections, s => s.Path == "A").Years;
        Assert.Equal(new Dictionary<YearSource, int> { [YearSource.Date] = 1, [YearSource.Venue] = 1, [YearSource.ListTitle] = 1 }, years);
        Assert.Equal(2024, list.Papers.Last().Year);
    }

    [Fact]
    public void ShouldNameASectionsLayoutAndCountEachOnlyWhereTheyMix()
    {
        var list = ListParser.Parse("""
            ## One
            - [A](https://a.example/), X et al., 2020
            - [B](https://b.example/), Y et al., 2021

            ## Mixed
            - [C](https://c.example/), Z et al., 2022

            | Title | Year |
            |---|---|
            | [D](https://d.example/) | 2023 |
            """);

        var roles = ListReportText.Lines(list).Where(l => l.StartsWith("  line", StringComparison.Ordinal)).Select(l => l[14..]).ToList();
        Assert.Equal(["One: 2 entries as bullets", "Mixed: 2 entries as bullets (1), table rows (1)"], roles);
    }
}
