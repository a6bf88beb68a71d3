using System.Net;
using System.Text.RegularExpressions;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Api;

/// <summary>BibTeX of entries that carry authors, a venue and a date (<see cref="TestLists.Bullets"/>, <see cref="TestLists.Table"/>).</summary>
public sealed partial class ListBibTexTests(BulletListApp bullets, TableListApp table) : IClassFixture<BulletListApp>, IClassFixture<TableListApp>
{
    [Fact]
    public async Task ShouldWriteAConferencePaperAsInProceedingsWithItsAuthorsAndBooktitle()
    {
        var entry = await EntryAsync(bullets, "Tiny Boxes Everywhere");

        Assert.Equal("inproceedings", entry.Type);
        Assert.Equal("Ada Lovelace and Grace Hopper", entry.Fields["author"]);
        Assert.Equal("CVPR", entry.Fields["booktitle"]);
        Assert.Equal("2021", entry.Fields["year"]);
        Assert.Equal("https://example.org/tiny-boxes", entry.Fields["url"]);
        Assert.False(entry.Fields.ContainsKey("journal"));
        Assert.False(entry.Fields.ContainsKey("month"));
    }

    [Fact]
    public async Task ShouldWriteEtAlAsOthers()
    {
        var entry = await EntryAsync(bullets, "Boxes at Scale");

        Assert.Equal("Alan Turing and others", entry.Fields["author"]);
    }

    [Fact]
    public async Task ShouldWriteAnArxivPaperAsAnArticleWithItsEprint()
    {
        var entry = await EntryAsync(bullets, "Boxes at Scale");

        Assert.Equal("article", entry.Type);
        Assert.Equal("arXiv preprint arXiv:2104.00001", entry.Fields["journal"]);
        Assert.Equal("2104.00001", entry.Fields["eprint"]);
        Assert.Equal("arXiv", entry.Fields["archivePrefix"]);
        Assert.False(entry.Fields.ContainsKey("booktitle"));
    }

    [Fact]
    public async Task ShouldWriteAJournalPaperAsAnArticleInItsJournal()
    {
        var entry = await EntryAsync(bullets, "Pixels in Order");

        Assert.Equal("article", entry.Type);
        Assert.Equal("TPAMI", entry.Fields["journal"]);
        Assert.Equal("Donald Knuth", entry.Fields["author"]);
        Assert.False(entry.Fields.ContainsKey("booktitle"));
    }

    [Fact]
    public async Task ShouldKeepTheVenueAsTheListWroteItInTheBooktitle()
    {
        var entry = await EntryAsync(bullets, "Painting with Noise");

        Assert.Equal("inproceedings", entry.Type);
        Assert.Equal("NIPS", entry.Fields["booktitle"]);
        Assert.Equal("Edsger Dijkstra and Barbara Liskov", entry.Fields["author"]);
    }

    [Fact]
    public async Task ShouldWriteAConferencePaperWithAnArxivIdAsInProceedingsWithItsEprint()
    {
        var entry = await EntryAsync(table, "Fast Retrieval of Everything");

        Assert.Equal("inproceedings", entry.Type);
        Assert.Equal("ECCV", entry.Fields["booktitle"]);
        Assert.Equal("2203.01234", entry.Fields["eprint"]);
        Assert.False(entry.Fields.ContainsKey("author"));
    }

    [Fact]
    public async Task ShouldWriteAWorkshopAsInProceedings()
    {
        var entry = await EntryAsync(table, "Slow but Sure Retrieval");

        Assert.Equal("inproceedings", entry.Type);
        Assert.Equal("CVPR Workshop", entry.Fields["booktitle"]);
    }

    [Theory]
    [InlineData("Captions Count", "jun")]
    [InlineData("Short Captions", "feb")]
    public async Task ShouldWriteTheMonthWhenTheListGivesOne(string title, string month)
    {
        var entry = await EntryAsync(table, title);

        Assert.Equal(month, entry.Fields["month"]);
    }

    [Fact]
    public async Task ShouldWriteTheMonthAsABibTexMonthMacro()
    {
        var text = await BibTexAsync(table, "Captions Count");

        Assert.Matches(@"\n  month = jun,\n", text);
    }

    [Fact]
    public async Task ShouldWriteTheBibTexOfASearchFilteredByVenue()
    {
        var response = await bullets.Client.GetAsync("/api/search/bibtex?venue=TPAMI,CVPR&sort=oldest", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["tinyboxes2021", "pixelsorder2023"], EntryKey().Matches(text).Select(m => m.Groups["key"].Value));
    }

    [Fact]
    public async Task ShouldWriteTheBibTexOfAGroupWithItsSectionsPapers()
    {
        var text = await bullets.Client.GetStringAsync("/api/categories/vision/bibtex", TestContext.Current.CancellationToken);

        Assert.Equal(4, EntryKey().Matches(text).Count);
    }

    [Fact]
    public async Task ShouldWriteTheBibTexOfASubSection()
    {
        var text = await bullets.Client.GetStringAsync("/api/categories/language-generation/bibtex", TestContext.Current.CancellationToken);

        Assert.Equal(["storiesfrom2023"], EntryKey().Matches(text).Select(m => m.Groups["key"].Value));
        Assert.Contains("keywords = {Generation}", text);
    }

    [GeneratedRegex(@"^@(?<type>\w+)\{(?<key>[^,]+),$", RegexOptions.Multiline)]
    private static partial Regex EntryKey();

    [GeneratedRegex(@"^  (?<name>\w+) = (?:\{(?<value>.*)\}|(?<value>\w+)),?$", RegexOptions.Multiline)]
    private static partial Regex Field();

    private sealed record Entry(string Type, Dictionary<string, string> Fields);

    private static async Task<string> BibTexAsync(ListApp app, string title)
    {
        var response = await app.Client.GetAsync($"/api/papers/{await app.PaperIdAsync(title)}/bibtex");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n");
    }

    private static async Task<Entry> EntryAsync(ListApp app, string title)
    {
        var text = await BibTexAsync(app, title);
        var type = EntryKey().Match(text);
        Assert.True(type.Success, text);
        var fields = Field().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);
        Assert.Equal("{" + title + "}", fields["title"]);
        return new Entry(type.Groups["type"].Value, fields);
    }
}
