using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Api;

/// <summary>The JSON API over lists laid out unlike Awesome-CLIP: bullets under nested headings, tables keyed on other columns.</summary>
public sealed class ListFieldsApiTests(BulletListApp bullets, TableListApp table) : IClassFixture<BulletListApp>, IClassFixture<TableListApp>
{
    [Fact]
    public async Task ShouldServeABulletEntrysTitleLinkAuthorsVenueDateAndCategoryPath()
    {
        var paper = await PaperAsync(bullets, "Tiny Boxes Everywhere");

        Assert.Equal("https://example.org/tiny-boxes", paper.GetProperty("url").GetString());
        Assert.Equal("Ada Lovelace, Grace Hopper", paper.GetProperty("authors").GetString());
        Assert.Equal("CVPR", paper.GetProperty("venue").GetProperty("name").GetString());
        Assert.Equal("CVPR", paper.GetProperty("venue").GetProperty("short").GetString());
        Assert.Equal(2021, paper.GetProperty("year").GetInt32());
        Assert.Equal("2021", paper.GetProperty("date").GetString());
        Assert.Equal(["vision", "detection"], Slugs(paper.GetProperty("categoryPath")));
        Assert.Equal(["Vision", "Detection"], paper.GetProperty("categoryPath").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("detection", paper.GetProperty("category").GetProperty("slug").GetString());
        Assert.Empty(paper.GetProperty("extras").EnumerateArray());
        // The list's ./citations/page.html is no web address and no file the app serves: not stored (LinkUrl).
        Assert.Equal(["github", "bib"], paper.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("label").GetString()));
        Assert.Equal("/figures/tiny-boxes.png", paper.GetProperty("figureUrl").GetString());
    }

    [Fact]
    public async Task ShouldKeepTheVenueAsWrittenBesideItsShortName()
    {
        var paper = await PaperAsync(bullets, "Painting with Noise");

        Assert.Equal("NIPS", paper.GetProperty("venue").GetProperty("name").GetString());
        Assert.Equal("NeurIPS", paper.GetProperty("venue").GetProperty("short").GetString());
    }

    [Fact]
    public async Task ShouldKeepEtAlAsTheListWroteIt()
    {
        var paper = await PaperAsync(bullets, "Boxes at Scale");

        Assert.Equal("Alan Turing et al.", paper.GetProperty("authors").GetString());
        Assert.Equal("arXiv", paper.GetProperty("venue").GetProperty("short").GetString());
        Assert.Equal("2104.00001", paper.GetProperty("arxivId").GetString());
    }

    [Theory]
    [InlineData("Captions Count", "2023-06-30", 2023)]
    [InlineData("Short Captions", "2024-02", 2024)]
    [InlineData("Fast Retrieval of Everything", "2022", 2022)]
    public async Task ShouldServeTheDateWithAsManyPartsAsTheListGives(string title, string date, int year)
    {
        var paper = await PaperAsync(table, title);

        Assert.Equal(date, paper.GetProperty("date").GetString());
        Assert.Equal(year, paper.GetProperty("year").GetInt32());
    }

    [Fact]
    public async Task ShouldServeATablesOtherColumnsAsExtras()
    {
        var paper = await PaperAsync(table, "Fast Retrieval of Everything");

        var extras = paper.GetProperty("extras").EnumerateArray().Select(e => (e.GetProperty("label").GetString(), e.GetProperty("text").GetString())).ToList();
        Assert.Equal([("Task", "image-text")], extras);
        Assert.Equal("https://arxiv.org/abs/2203.01234", paper.GetProperty("url").GetString());
        Assert.Equal("ECCV", paper.GetProperty("venue").GetProperty("short").GetString());
        Assert.Equal(JsonValueKind.Null, paper.GetProperty("authors").ValueKind);
        Assert.Equal(["retrieval"], Slugs(paper.GetProperty("categoryPath")));
    }

    [Fact]
    public async Task ShouldServeAFigureOutsideImagesFromTheListsFolder()
    {
        var paper = await PaperAsync(table, "Short Captions");

        var url = paper.GetProperty("figureUrl").GetString();
        Assert.Equal("/list/assets/short-captions.png", url);
        var figure = await table.Client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, figure.StatusCode);
        Assert.Equal("image/png", figure.Content.Headers.ContentType?.MediaType);
        Assert.Equal("fake png in assets", await figure.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldServeAWorkshopVenueWithItsShortName()
    {
        var paper = await PaperAsync(table, "Slow but Sure Retrieval");

        Assert.Equal("CVPR Workshop", paper.GetProperty("venue").GetProperty("short").GetString());
        Assert.Equal([("Task", "video-text")], paper.GetProperty("extras").EnumerateArray().Select(e => (e.GetProperty("label").GetString(), e.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task ShouldCarryTheFullDateAuthorsAndVenueInSearchHits()
    {
        var body = await table.Client.GetFromJsonAsync<JsonElement>("/api/search?q=captions&sort=oldest", cancellationToken: TestContext.Current.CancellationToken);

        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal(["Captions Count", "Short Captions"], hits.Select(h => h.GetProperty("title").GetString()));
        Assert.Equal(["2023-06-30", "2024-02"], hits.Select(h => h.GetProperty("date").GetString()));
        Assert.Equal(["Ada Lovelace, Alan Turing", "Grace Hopper"], hits.Select(h => h.GetProperty("authors").GetString()));
        Assert.Equal(["ICCV", "arXiv"], hits.Select(h => h.GetProperty("venue").GetProperty("short").GetString()));
    }

    [Fact]
    public async Task ShouldListNestedSectionsWithTheirParentDepthAndTotal()
    {
        var categories = await bullets.Client.GetFromJsonAsync<JsonElement[]>("/api/categories", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(categories);
        var rows = categories.Select(c => (
            Slug: c.GetProperty("slug").GetString(),
            Parent: c.GetProperty("parent").ValueKind == JsonValueKind.Null ? null : c.GetProperty("parent").GetString(),
            Depth: c.GetProperty("depth").GetInt32(),
            Count: c.GetProperty("count").GetInt32(),
            Total: c.GetProperty("total").GetInt32())).ToList();
        Assert.Equal(
            [
                ("vision", null, 0, 0, 4),
                ("detection", "vision", 1, 2, 2),
                ("generation", "vision", 1, 2, 2),
                ("language", null, 0, 1, 2),
                ("language-generation", "language", 1, 1, 1),
            ],
            rows);
        Assert.Equal(["Vision", "Detection", "Generation", "Language", "Generation"], categories.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(Enumerable.Range(0, 5), categories.Select(c => c.GetProperty("order").GetInt32()));
    }

    [Fact]
    public async Task ShouldListAGroupsPapersFromItsSubSections()
    {
        var page = await bullets.Client.GetFromJsonAsync<JsonElement>("/api/papers?category=vision", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(["Tiny Boxes Everywhere", "Boxes at Scale", "Painting with Noise", "Pixels in Order"],
            page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        Assert.All(page.GetProperty("items").EnumerateArray(), p => Assert.Equal("vision", Slugs(p.GetProperty("categoryPath"))[0]));
    }

    [Fact]
    public async Task ShouldCarryTheNewFieldsInThePaperListToo()
    {
        var page = await bullets.Client.GetFromJsonAsync<JsonElement>("/api/papers?category=language-generation", cancellationToken: TestContext.Current.CancellationToken);

        var paper = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Stories from Tokens", paper.GetProperty("title").GetString());
        Assert.Equal("Margaret Hamilton", paper.GetProperty("authors").GetString());
        Assert.Equal("EMNLP", paper.GetProperty("venue").GetProperty("short").GetString());
        Assert.Equal("https://example.org/stories", paper.GetProperty("url").GetString());
        Assert.Equal(["language", "language-generation"], Slugs(paper.GetProperty("categoryPath")));
    }

    [Fact]
    public async Task ShouldExportTheTreeAndTheNewFieldsAsJson()
    {
        var export = await bullets.Client.GetFromJsonAsync<JsonElement>("/api/export.json", cancellationToken: TestContext.Current.CancellationToken);

        var parents = export.GetProperty("categories").EnumerateArray().ToDictionary(
            c => c.GetProperty("slug").GetString()!,
            c => c.GetProperty("parent").ValueKind == JsonValueKind.Null ? null : c.GetProperty("parent").GetString());
        Assert.Equal("vision", parents["generation"]);
        Assert.Equal("language", parents["language-generation"]);
        Assert.Null(parents["vision"]);
        var stories = export.GetProperty("papers").EnumerateArray().Single(p => p.GetProperty("title").GetString() == "Stories from Tokens");
        Assert.Equal(["language", "language-generation"], Slugs(stories.GetProperty("categoryPath")));
        Assert.Equal("Margaret Hamilton", stories.GetProperty("authors").GetString());
    }

    [Theory]
    [InlineData("/api/papers?category=Vision")]
    [InlineData("/api/papers?category=vision/detection")]
    [InlineData("/api/papers?category=generation-1")]
    public async Task ShouldRefuseACategoryThatIsNotASlugWithAProblemNamingIt(string url)
    {
        var response = await bullets.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains("GET /api/categories lists them", problem.GetProperty("errors").GetProperty("category")[0].GetString());
    }

    private static List<string?> Slugs(JsonElement path) => [.. path.EnumerateArray().Select(c => c.GetProperty("slug").GetString())];

    private static async Task<JsonElement> PaperAsync(ListApp app, string title) =>
        await app.Client.GetFromJsonAsync<JsonElement>($"/api/papers/{await app.PaperIdAsync(title)}");
}
