using System.Xml.Linq;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Discovery;

/// <summary>/sitemap.xml and /robots.txt, over HTTP, on a catalog of its own (one test changes it).</summary>
public sealed class SitemapTests : IDisposable
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly TableListApp table = new();

    [Fact]
    public async Task ShouldListEveryPublicPageOfTheCatalog()
    {
        var urls = await UrlsAsync();

        await using var db = table.Factory.CreateDbContext();
        var ct = TestContext.Current.CancellationToken;
        var paperIds = await db.Papers.Select(p => p.Id).ToListAsync(ct);
        var slugs = await db.Categories.Where(c => c.Papers.Any()).Select(c => c.Slug).ToListAsync(ct);
        Assert.Contains("http://localhost/", urls);
        Assert.Contains("http://localhost/papers", urls);
        Assert.All(paperIds, id => Assert.Contains($"http://localhost/papers/{id}", urls));
        Assert.All(slugs, slug => Assert.Contains($"http://localhost/papers?category={slug}", urls));
        Assert.Contains("http://localhost/papers?category=captioning&year=2024", urls);
        Assert.Contains("http://localhost/papers?year=2022", urls);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.DoesNotContain(urls, u => u.Contains("/admin", StringComparison.Ordinal) || u.Contains("/search", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var page = await table.Client.GetAsync(new Uri(url).PathAndQuery, ct);
            Assert.True(page.IsSuccessStatusCode, $"{url} from the sitemap answered {(int)page.StatusCode}");
        }
    }

    [Fact]
    public async Task ShouldFollowTheCatalogWhenAPaperGoesToTheTrash()
    {
        var id = await table.PaperIdAsync("Short Captions");
        Assert.Contains($"http://localhost/papers/{id}", await UrlsAsync());

        Assert.True((await table.Factory.Get<PaperEditor>().MoveToTrashAsync(id, "editor@example.org", TestContext.Current.CancellationToken)).Succeeded);

        var urls = await UrlsAsync();
        Assert.DoesNotContain($"http://localhost/papers/{id}", urls);
        Assert.DoesNotContain("http://localhost/papers?category=captioning&year=2024", urls);
    }

    [Fact]
    public async Task ShouldSayWhenEachPaperLastChanged()
    {
        var sitemap = XDocument.Parse(await table.Client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));

        var lastmods = sitemap.Descendants(Ns + "url").Select(u => u.Element(Ns + "lastmod")?.Value).ToList();
        Assert.All(lastmods, m => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", m));
    }

    [Fact]
    public async Task ShouldPointCrawlersAtTheSitemapAndAwayFromAdminAndSearch()
    {
        var response = await table.Client.GetAsync("/robots.txt", TestContext.Current.CancellationToken);
        var robots = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var lines = robots.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /search", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
        Assert.DoesNotContain("Disallow: /papers", lines);
    }

    [Fact]
    public async Task ShouldBeCacheableByAnyoneWithoutACookie()
    {
        using var client = table.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

        var response = await client.GetAsync("/sitemap.xml", TestContext.Current.CancellationToken);

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private async Task<List<string>> UrlsAsync()
    {
        var sitemap = XDocument.Parse(await table.Client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        Assert.Equal(Ns + "urlset", sitemap.Root!.Name);
        return [.. sitemap.Descendants(Ns + "loc").Select(l => l.Value)];
    }

    public void Dispose() => table.Dispose();
}
