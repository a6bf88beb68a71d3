using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Discovery;

/// <summary>What pages tell search engines and link previews: title, description, canonical URL, cards, feeds, JSON-LD.</summary>
public sealed class PageMetaTests(PageMetaTests.WithRealFigure table) : IClassFixture<PageMetaTests.WithRealFigure>
{
    /// <summary>The table list with a real image as its figure (the fixture's is a placeholder that is shown as it is).</summary>
    public sealed class WithRealFigure : IDisposable
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"));
        private readonly AppFactory factory;

        public WithRealFigure()
        {
            var list = TestLists.CopyToTemp(TestLists.Table, root);
            File.WriteAllBytes(Path.Combine(TestLists.FolderOf(list), "images", "captions.png"), TestImages.Png(1200, 800));
            factory = new AppFactory { Settings = { ["Seed:ListPath"] = list } };
            Client = factory.CreateClient(new() { AllowAutoRedirect = false });
        }

        public HttpClient Client { get; }

        public Task<int> PaperIdAsync(string title) => ListApp.PaperIdAsync(factory, title);

        public void Dispose()
        {
            Client.Dispose();
            factory.Dispose();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task ShouldDescribeAPaperPageWithItsFigureForLinkPreviews()
    {
        var id = await table.PaperIdAsync("Captions Count");
        var page = await Html.GetAsync(table.Client, $"/papers/{id}");

        Assert.Equal("Captions Count — Retrieval Papers Table", page.Title);
        Assert.Equal($"http://localhost/papers/{id}", Link(page, "canonical"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("Captions Count", Meta(page, "og:title"));
        Assert.Equal(Link(page, "canonical"), Meta(page, "og:url"));
        Assert.Equal("Retrieval Papers Table", Meta(page, "og:site_name"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        var image = Meta(page, "og:image");
        Assert.Matches(@"^http://localhost/figures/[0-9a-f]+/\d+/.+\.(png|jpg)$", image);
        Assert.Equal(image, Meta(page, "twitter:image"));
        var width = int.Parse(Meta(page, "og:image:width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(width * 2 / 3, int.Parse(Meta(page, "og:image:height")!, System.Globalization.CultureInfo.InvariantCulture));
        var figure = await table.Client.GetAsync(new Uri(image!).PathAndQuery, TestContext.Current.CancellationToken);
        Assert.True(figure.IsSuccessStatusCode, $"the preview image {image} answered {(int)figure.StatusCode}");
    }

    [Fact]
    public async Task ShouldDescribeAPaperAsAScholarlyArticle()
    {
        var id = await table.PaperIdAsync("Captions Count");
        var page = await Html.GetAsync(table.Client, $"/papers/{id}");

        var article = JsonLd(page);
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("ScholarlyArticle", article.GetProperty("@type").GetString());
        Assert.Equal("Captions Count", article.GetProperty("name").GetString());
        Assert.Equal($"http://localhost/papers/{id}", article.GetProperty("url").GetString());
        Assert.Equal("2023-06-30", article.GetProperty("datePublished").GetString());
        Assert.Equal(["Ada Lovelace", "Alan Turing"], article.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.Equal(Meta(page, "og:image"), article.GetProperty("image").GetString());
        Assert.Equal("https://example.org/captions", article.GetProperty("sameAs")[0].GetString());
    }

    [Fact]
    public async Task ShouldNameAPapersCodeRepositoryAndArxivIdInItsStructuredData()
    {
        var page = await Html.GetAsync(table.Client, $"/papers/{await table.PaperIdAsync("Fast Retrieval of Everything")}");

        var article = JsonLd(page);
        Assert.Equal("https://github.com/example/fast-retrieval", article.GetProperty("workExample").GetProperty("codeRepository").GetString());
        Assert.Equal("2203.01234", article.GetProperty("identifier").GetProperty("value").GetString());
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Null(Meta(page, "og:image"));
    }

    [Fact]
    public async Task ShouldOfferTheSitesFeedEverywhereAndTheCategorysFeedOnItsPages()
    {
        var home = await Html.GetAsync(table.Client, "/");
        var category = await Html.GetAsync(table.Client, "/papers?category=captioning&year=2023");

        Assert.Equal(["http://localhost/feed.atom"], Feeds(home));
        Assert.Equal(["http://localhost/feed.atom", "http://localhost/categories/captioning/feed.atom"], Feeds(category));
        Assert.Equal("http://localhost/papers?category=captioning&year=2023", Link(category, "canonical"));
        Assert.Equal("http://localhost/", Link(home, "canonical"));
        Assert.StartsWith("Retrieval Papers Table — ", home.Title);
        Assert.Equal("Papers on retrieval and captioning, kept as tables.", Meta(home, "description"));
        foreach (var feed in Feeds(category))
        {
            var response = await table.Client.GetAsync(new Uri(feed).PathAndQuery, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{feed} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ShouldKeepSearchResultsOutOfSearchEnginesWithoutACanonicalUrl()
    {
        var page = await Html.GetAsync(table.Client, "/search?q=retrieval");

        Assert.Equal("noindex, follow", Meta(page, "robots"));
        Assert.Null(Link(page, "canonical"));
        Assert.NotEmpty(Meta(page, "description")!);
    }

    [Fact]
    public async Task ShouldGiveEveryPublicPageOneTitleAndOneDescription()
    {
        var id = await table.PaperIdAsync("Captions Count");
        foreach (var path in new[] { "/", "/papers", "/papers?category=retrieval", $"/papers/{id}", "/search" })
        {
            var page = await Html.GetAsync(table.Client, path);
            Assert.Single(page.QuerySelectorAll("head title"));
            Assert.Single(page.QuerySelectorAll("head meta[name=description]"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), $"{path} has no title");
        }
    }

    private static string? Meta(IHtmlDocument page, string name) =>
        page.QuerySelector($"head meta[property='{name}'], head meta[name='{name}']")?.GetAttribute("content");

    private static string? Link(IHtmlDocument page, string rel) => page.QuerySelector($"head link[rel='{rel}']")?.GetAttribute("href");

    private static List<string> Feeds(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!)];

    private static JsonElement JsonLd(IHtmlDocument page)
    {
        var script = Assert.Single(page.QuerySelectorAll("head script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }
}
