using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AwesomeClip.Core.Export;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Api;

public sealed class ExportEndpointTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task ShouldServeTheListExactlyAsShipped()
    {
        var response = await client.GetAsync("/api/export.md", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var shipped = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md"), TestContext.Current.CancellationToken);
        Assert.Equal(shipped, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldDumpTheWholeCatalogAsJson()
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/export.json", TestContext.Current.CancellationToken));

        var papers = json.RootElement.GetProperty("papers");
        Assert.Equal(await app.Factory.PaperIdsAsync(), papers.EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).Order());
        Assert.Equal((await app.Factory.CategoriesAsync()).Count, json.RootElement.GetProperty("categories").GetArrayLength());
        Assert.Contains(papers.EnumerateArray(), p => p.GetProperty("title").GetString() == "SigLip:Sigmoid Loss for Language Image Pre-Training");
    }

    [Fact]
    public async Task ShouldWriteBibTexForAPaperAndACategory()
    {
        var paper = await client.GetStringAsync("/api/papers/1/bibtex", TestContext.Current.CancellationToken);
        var category = await client.GetAsync("/api/categories/video/bibtex", TestContext.Current.CancellationToken);

        Assert.Contains("eprint = {2110.05208}", paper.Replace("  ", " ", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, category.StatusCode);
        Assert.Equal(await app.Factory.PapersAsync("video"), (await category.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\n@", StringSplitOptions.None).Length);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/categories/nope/bibtex", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/papers/999999/bibtex", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("/feed.atom", null)]
    [InlineData("/categories/video/feed.atom", "video")]
    public async Task ShouldServeValidAtomFeeds(string url, string? category)
    {
        var entries = Math.Min(AtomFeedRequest.DefaultLimit, await app.Factory.PapersAsync(category));
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.NotNull(feed.Root.Element(atom + "id"));
        Assert.NotNull(feed.Root.Element(atom + "updated"));
        Assert.Equal(entries, feed.Root.Elements(atom + "entry").Count());
        Assert.All(feed.Root.Elements(atom + "entry"), e => Assert.StartsWith("http://localhost/papers/", e.Element(atom + "link")!.Attribute("href")!.Value));
    }

    [Fact]
    public async Task ShouldAnswer404ForTheFeedOfAnUnknownCategory()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/categories/nope/feed.atom", TestContext.Current.CancellationToken)).StatusCode);
    }
}
