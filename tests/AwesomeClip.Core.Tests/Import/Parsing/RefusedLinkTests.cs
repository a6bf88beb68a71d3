using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Tests.Import.Parsing;

/// <summary>The importer stores only the links the editor would (one rule, <c>LinkUrl</c>) and says which it left out.</summary>
public sealed class RefusedLinkTests
{
    private const string List = """
        # L

        ## Papers

        - [Good](https://good.example/), A. Author, CVPR 2021 | [code](javascript:alert(1)) | [bib](./cite/good.bib)
        - [Sneaky](https://u:pw@host.example/), B. Author, ICCV 2021 | [data](data:text/html,x) | [other](//evil.example/)

        | Title | Code |
        |---|---|
        | [Row](https://row.example/) | [code](vbscript:msgbox) |

        """;

    [Fact]
    public void ShouldNotStoreLinksTheEditorWouldRefuse()
    {
        var list = ListParser.Parse(List);

        var papers = list.Papers.ToDictionary(p => p.Title);
        Assert.Equal(["./cite/good.bib"], papers["Good"].Links.Select(l => l.Url));
        Assert.Null(papers["Sneaky"].Url);
        Assert.Empty(papers["Sneaky"].Links);
        Assert.Empty(papers["Row"].Links);
        Assert.Equal("https://row.example/", papers["Row"].Url);
    }

    [Fact]
    public void ShouldReportEachRefusedLinkWithItsLineAndWhy()
    {
        var refused = ListParser.Parse(List).Issues.Where(i => i.Code == "refused-link").ToList();

        Assert.Equal([5, 6, 6, 6, 10], refused.Select(i => i.Line));
        Assert.All(refused, i => Assert.Equal(ImportIssueSeverity.Skipped, i.Severity));
        Assert.Contains(refused, i => i.Message.Contains("'code' (javascript:alert(1)) was not imported", StringComparison.Ordinal));
        Assert.Contains(refused, i => i.Message.Contains("user name or password", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldStillImportTheEntryOfARefusedTitleLink()
    {
        var paper = Assert.Single(ListParser.Parse("## P\n- [Evil](javascript:alert(2)), B. Author, ICCV 2021\n").Papers);

        Assert.Equal(("Evil", null, "B. Author"), (paper.Title, paper.Url, paper.Authors));
    }
}
