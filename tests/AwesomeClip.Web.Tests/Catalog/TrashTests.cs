using System.Net;
using System.Text;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Import;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Catalog;

/// <summary>
/// A category trashed by a re-import (the list dropped its section while one of its papers was in the trash) and its
/// papers are invisible to every reader: pages, API, search, markdown and JSON export, BibTeX, Atom.
/// </summary>
public sealed class TrashTests(TrashTests.TrashedCategoryApp app) : IClassFixture<TrashTests.TrashedCategoryApp>
{
    private const string Slug = "data";
    private const string TrashedTitle = "VeCLIP";
    private const string DroppedTitle = "SynthCLIP";

    private HttpClient Client => app.Client;

    [Fact]
    public async Task ShouldLeaveTheCategoryOutOfThePages()
    {
        var home = await Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.DoesNotContain($"/papers?category={Slug}\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/papers?category={Slug}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/papers/{app.TrashedId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/papers/{app.DroppedId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain(DroppedTitle, await Client.GetStringAsync("/papers", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldLeaveTheCategoryOutOfTheApi()
    {
        Assert.DoesNotContain($"\"slug\":\"{Slug}\"", await Client.GetStringAsync("/api/categories", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync($"/api/papers?category={Slug}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/papers/{app.DroppedId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain(DroppedTitle, await Client.GetStringAsync("/api/papers?pageSize=200", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldLeaveTheCategoryOutOfSearch()
    {
        var hits = await Client.GetStringAsync($"/api/search?q={DroppedTitle}", TestContext.Current.CancellationToken);

        Assert.DoesNotContain(DroppedTitle, hits, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{Slug}\"", await Client.GetStringAsync("/api/search?q=CLIP", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldLeaveTheCategoryOutOfTheExports()
    {
        var markdown = await Client.GetStringAsync("/api/export.md", TestContext.Current.CancellationToken);
        var json = await Client.GetStringAsync("/api/export.json", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("\n## Data", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(DroppedTitle, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{Slug}\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain(DroppedTitle, json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerBibTexOfTheCategoryAndItsPapersWith404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/categories/{Slug}/bibtex", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/api/papers/{app.DroppedId}/bibtex", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain(DroppedTitle, await Client.GetStringAsync($"/api/search/bibtex?q={DroppedTitle}", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldAnswerTheCategoryFeedWith404AndLeaveItsPapersOutOfTheFeed()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/categories/{Slug}/feed.atom", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain(DroppedTitle, await Client.GetStringAsync("/feed.atom?limit=200", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    /// <summary>The seeded app after: VeCLIP moved to the trash, then a re-import of the list without its "Data" section.</summary>
    public sealed class TrashedCategoryApp : IAsyncLifetime
    {
        public AppFactory Factory { get; } = new();

        public HttpClient Client { get; private set; } = default!;

        public int TrashedId { get; private set; }

        public int DroppedId { get; private set; }

        public async ValueTask InitializeAsync()
        {
            Client = Factory.CreateClient(new() { AllowAutoRedirect = false });
            var papers = await Factory.Get<AdminCatalog>().PapersAsync(new AdminPaperQuery(PageSize: 200));
            TrashedId = papers.Items.Single(p => p.Title.StartsWith(TrashedTitle, StringComparison.Ordinal)).Id;
            DroppedId = papers.Items.Single(p => p.Title.StartsWith(DroppedTitle, StringComparison.Ordinal)).Id;
            Assert.True((await Factory.Get<PaperEditor>().MoveToTrashAsync(TrashedId, "test")).Succeeded);

            var list = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md"));
            var start = list.IndexOf("## Data\n", StringComparison.Ordinal);
            var end = list.IndexOf("## Distillation\n", StringComparison.Ordinal);
            var withoutData = list[..start] + list[end..];
            await Factory.Get<CatalogImporter>().ImportAsync("without-data.md", Encoding.UTF8.GetBytes(withoutData));
            var trash = await Factory.Get<AdminCatalog>().PapersAsync(new AdminPaperQuery(Trash: true));
            Assert.Contains(trash.Items, p => p.Id == DroppedId);
        }

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
