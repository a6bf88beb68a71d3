using System.Globalization;
using System.Xml.Linq;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export;

public sealed class AtomFeedWriterTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly Uri BaseUrl = new("https://clip.example.org/");
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList);
        await using var db = database.CreateDbContext();
        var day = 0;
        foreach (var title in new[] { "VeCLIP: Improving CLIP Training via Visual-enriched Captions", "CLIPA: An Inverse Scaling Law for CLIP Training", "SynthCLIP: Are We Ready for a Fully Synthetic CLIP Training?" })
        {
            var paper = await db.Papers.SingleAsync(p => p.Title == title);
            paper.CreatedAt = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(day++);
        }
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldListTheNewestPapersFirstInAValidFeed()
    {
        var feed = await FeedAsync(new AtomFeedRequest { BaseUrl = BaseUrl, Limit = 5 });

        AssertValidAtom(feed);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        Assert.Equal(
            ["SynthCLIP: Are We Ready for a Fully Synthetic CLIP Training?", "CLIPA: An Inverse Scaling Law for CLIP Training", "VeCLIP: Improving CLIP Training via Visual-enriched Captions"],
            entries.Take(3).Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("2030-01-03T00:00:00Z", feed.Root.Element(Atom + "updated")!.Value);
        Assert.Equal("https://clip.example.org/feed.atom", SelfLink(feed));
        var clipa = entries[1];
        Assert.StartsWith("文章提出了一个令人惊讶的发现", clipa.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.Matches(@"^https://clip\.example\.org/papers/\d+$", clipa.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Equal("train", clipa.Element(Atom + "category")!.Attribute("term")!.Value);
    }

    [Fact]
    public async Task ShouldKeepEntryIdsStableAcrossEdits()
    {
        var before = await FeedAsync(new AtomFeedRequest { BaseUrl = BaseUrl, Limit = 3 });
        await using (var db = database.CreateDbContext())
        {
            (await db.Papers.SingleAsync(p => p.Title == "CLIPA: An Inverse Scaling Law for CLIP Training", cancellationToken: TestContext.Current.CancellationToken)).Title = "CLIPA (fixed)";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var after = await FeedAsync(new AtomFeedRequest { BaseUrl = BaseUrl, Limit = 3 });

        Assert.Equal(Ids(before), Ids(after));
        Assert.All(Ids(after), id => Assert.Matches(@"^tag:clip\.example\.org,2024:papers/\d+$", id));
    }

    [Fact]
    public async Task ShouldListOnlyTheCategorysPapersInACategoryFeed()
    {
        var feed = await FeedAsync(new AtomFeedRequest { BaseUrl = BaseUrl, CategorySlug = "data" });

        AssertValidAtom(feed);
        Assert.Equal(2, feed.Root!.Elements(Atom + "entry").Count());
        Assert.All(feed.Root.Elements(Atom + "entry"), e => Assert.Equal("data", e.Element(Atom + "category")!.Attribute("term")!.Value));
        Assert.Equal("https://clip.example.org/categories/data/feed.atom", SelfLink(feed));
        Assert.Equal("tag:clip.example.org,2024:categories/data", feed.Root.Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task ShouldWriteNothingForAnUnknownCategory()
    {
        using var output = new MemoryStream();

        var found = await new AtomFeedWriter(database, TimeProvider.System).WriteAsync(output, new AtomFeedRequest { BaseUrl = BaseUrl, CategorySlug = "nope" }, TestContext.Current.CancellationToken);

        Assert.False(found);
        Assert.Equal(0, output.Length);
    }

    private async Task<XDocument> FeedAsync(AtomFeedRequest request)
    {
        using var output = new MemoryStream();
        Assert.True(await new AtomFeedWriter(database, TimeProvider.System).WriteAsync(output, request));
        output.Position = 0;
        return XDocument.Load(output);
    }

    private static string SelfLink(XDocument feed) =>
        feed.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value;

    private static List<string> Ids(XDocument feed) => feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();

    /// <summary>The RFC 4287 requirements a reader relies on.</summary>
    [Fact]
    public void ShouldDropCharactersXmlCannotHoldAndWriteUtcDates()
    {
        var category = new AwesomeClip.Core.Catalog.Category { Id = 1, Name = "Bell\u0007s", Slug = "bells" };
        var paper = new AwesomeClip.Core.Catalog.Paper
        {
            Id = 7, Title = "Control\u0001 and \uD800lone surrogate 中文", Abstract = "摘要\u000B", Category = category,
            CreatedAt = new DateTime(2030, 5, 6, 7, 8, 9, DateTimeKind.Unspecified), UpdatedAt = new DateTime(2030, 5, 6, 7, 8, 9, DateTimeKind.Unspecified),
        };
        paper.Links.Add(new AwesomeClip.Core.Catalog.PaperLink { Label = "code\u0002", Url = "https://github.com/a/b" });
        paper.Links.Add(new AwesomeClip.Core.Catalog.PaperLink { Position = 1, Label = "relative", Url = "./citations/x.bib" });

        var bytes = AtomFeedWriter.Write(new AtomFeedRequest { BaseUrl = BaseUrl }, category, [paper], DateTime.UtcNow);

        var feed = XDocument.Load(new MemoryStream(bytes));
        AssertValidAtom(feed);
        var entry = feed.Root!.Element(Atom + "entry")!;
        Assert.Equal("Control and lone surrogate 中文", entry.Element(Atom + "title")!.Value);
        Assert.Equal("摘要", entry.Element(Atom + "summary")!.Value);
        Assert.Equal("2030-05-06T07:08:09Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal(["https://github.com/a/b"], entry.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "related").Select(l => (string?)l.Attribute("href")));
        Assert.Equal("Bells", (string?)entry.Element(Atom + "category")!.Attribute("label"));
    }

    private static void AssertValidAtom(XDocument feed)
    {
        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        foreach (var name in new[] { "id", "title", "updated" }) Assert.Single(root.Elements(Atom + name));
        Assert.NotEmpty(root.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Single(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        AssertDate(root.Element(Atom + "updated")!.Value);
        var ids = new HashSet<string>();
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            Assert.True(ids.Add(Assert.Single(entry.Elements(Atom + "id")).Value));
            Assert.NotEmpty(Assert.Single(entry.Elements(Atom + "title")).Value);
            AssertDate(Assert.Single(entry.Elements(Atom + "updated")).Value);
            Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            Assert.All(entry.Elements(Atom + "summary"), s => Assert.Equal("text", (string?)s.Attribute("type")));
        }
    }

    private static void AssertDate(string value) =>
        Assert.True(DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), value);
}
