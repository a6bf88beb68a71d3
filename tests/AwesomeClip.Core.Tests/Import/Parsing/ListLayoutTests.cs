using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Tests.Import.Parsing;

public sealed class ListLayoutTests
{
    private const string TalksList = "## Talks\n\n| When | Talk | By |\n|---|---|---|\n| 2022 | [Fields in Practice](https://youtu.be/x) | Ann Lee |\n\n## News\n- [Workshop announced](https://news.example/), 2023\n";

    [Fact]
    public void ShouldNameColumnRolesTheHeadersDoNotSay()
    {
        var layout = ListLayout.Parse("""{ "columns": { "When": "year", "By": "authors" } }""");

        var p = Assert.Single(ListParser.Parse(TalksList, layout: layout).Papers);

        Assert.Equal(("Fields in Practice", 2022, "Ann Lee"), (p.Title, p.Year, p.Authors));
    }

    [Fact]
    public void ShouldImportOrLeaveOutSectionsAsTheFileSays()
    {
        var layout = ListLayout.Parse("""{ "sections": [ { "match": "Talks", "import": false }, { "match": "News", "import": true } ] }""");

        var list = ListParser.Parse(TalksList, layout: layout);

        Assert.Equal(["News"], list.Categories.Select(c => c.Name));
        Assert.Equal(SectionRole.Excluded, Assert.Single(list.Sections, s => s.Path == "Talks").Role);
    }

    [Fact]
    public void ShouldReadEntriesWithTheSectionsPattern()
    {
        var layout = ListLayout.Parse("""{ "sections": [ { "match": "*", "pattern": "^- (?<title>.+?) / (?<authors>.+?) / (?<year>\\d{4})" } ] }""");

        var list = ListParser.Parse("## Odd\n- Fields Revisited / Ann Lee / 2021 [[pdf]](https://a.example/a.pdf)\n- not in the pattern [[pdf]](https://b.example/b.pdf)\n", layout: layout);

        var p = Assert.Single(list.Papers);
        Assert.Equal(("Fields Revisited", "Ann Lee", 2021), (p.Title, p.Authors, p.Year));
        Assert.Contains(list.Issues, i => i.Line == 3 && i.Message.Contains("does not match the section's pattern", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{ \"colums\": {} }", "unknown key \"colums\"")]
    [InlineData("{ \"columns\": { \"X\": \"headline\" } }", "columns[\"X\"] must be one of title, authors")]
    [InlineData("{ \"sections\": [ { \"import\": false } ] }", "sections[0] needs \"match\"")]
    [InlineData("{ \"sections\": [ { \"match\": \"A\", \"layout\": \"grid\" } ] }", "layout must be one of table, bullets, lines, blocks")]
    [InlineData("{ \"sections\": [ { \"match\": \"A\", \"pattern\": \"(?<title>[\" } ] }", "pattern is not a valid regular expression")]
    [InlineData("{ \"sections\": [ { \"match\": \"A\", \"pattern\": \"(?<name>.+)\" } ] }", "must have a (?<title>…) group")]
    [InlineData("{ \"sections\": [ ", "is not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    public void ShouldRefuseALayoutFileItDoesNotUnderstandAndSayWhy(string json, string message)
    {
        var e = Assert.Throws<ImportRefusedException>(() => ListLayout.Parse(json, "awesomeclip.json"));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Contains("awesomeclip.json", e.Message, StringComparison.Ordinal);
    }
}
