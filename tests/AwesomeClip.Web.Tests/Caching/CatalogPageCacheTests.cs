using AwesomeClip.Web.Accounts;
using AwesomeClip.Core.Import;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Caching;

public sealed class CatalogPageCacheTests : IDisposable
{
    private const string OldTitle = "Frozen CLIP Models are Efficient Video Learners";
    private const string NewTitle = "Frozen CLIP Models Learn Video Efficiently";
    private readonly AppFactory factory = new();

    [Theory]
    [InlineData("/papers")]
    [InlineData("/papers?category=video")]
    public async Task ShouldServeAnonymousCatalogPagesFromTheCache(string path)
    {
        var client = SignIn.AnonymousClient(factory);
        // A first visit sets no cookie (ADR-031), so its page is stored and served to the next visitor.
        var first = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        Assert.Contains(OldTitle, first);

        // A change behind the app's back (no change listener told): the cached copy is still served.
        await using (var db = factory.CreateDbContext())
            await db.Papers.Where(p => p.Title == OldTitle).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, NewTitle), cancellationToken: TestContext.Current.CancellationToken);
        var second = await client.GetStringAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task ShouldKeepCachedPagesApartByQuery()
    {
        var client = SignIn.AnonymousClient(factory);
        await client.GetStringAsync("/papers?category=video", TestContext.Current.CancellationToken);

        var segmentation = await client.GetStringAsync("/papers?category=segmentation", TestContext.Current.CancellationToken);

        Assert.Contains("<h1>Segmentation</h1>", segmentation);
    }

    [Fact]
    public async Task ShouldShowAnImportedChangeOnPagesThatWereCached()
    {
        var client = SignIn.AnonymousClient(factory);
        var paperPath = await PaperPathAsync(client, OldTitle);
        Assert.Contains(OldTitle, await client.GetStringAsync("/papers?category=video", TestContext.Current.CancellationToken));
        Assert.Contains(OldTitle, await client.GetStringAsync(paperPath, TestContext.Current.CancellationToken));

        await ImportWithRenamedPaperAsync();

        var list = await client.GetStringAsync("/papers?category=video", TestContext.Current.CancellationToken);
        Assert.Contains(NewTitle, list);
        Assert.DoesNotContain(OldTitle + "<", list);
        Assert.Contains(NewTitle, await client.GetStringAsync(paperPath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldNeverServeTheAnonymousCopyToASignedInEditor()
    {
        var anonymous = SignIn.AnonymousClient(factory);
        await anonymous.GetStringAsync("/", TestContext.Current.CancellationToken);
        await anonymous.GetStringAsync("/", TestContext.Current.CancellationToken);
        await anonymous.GetStringAsync("/", TestContext.Current.CancellationToken);
        var editor = await SignIn.SignedInClientAsync(factory, Roles.Editor);

        var response = await editor.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Age.HasValue);
        Assert.Contains("Sign out", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<string> PaperPathAsync(HttpClient client, string title)
    {
        var html = await client.GetStringAsync("/papers?category=video");
        var at = html.IndexOf(title, StringComparison.Ordinal);
        var href = html.LastIndexOf("href=\"/papers/", at, StringComparison.Ordinal) + "href=\"".Length;
        return html[href..html.IndexOf('"', href)];
    }

    private async Task ImportWithRenamedPaperAsync()
    {
        var markdown = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md")))
            .Replace($"**{OldTitle}** <br>|", $"**{NewTitle}** <br>|", StringComparison.Ordinal);
        var importer = factory.Services.GetRequiredService<CatalogImporter>();
        var report = await importer.ImportAsync("awesome-clip.md", System.Text.Encoding.UTF8.GetBytes(markdown));
        Assert.Equal(1, report.Updated);
    }

    public void Dispose() => factory.Dispose();
}
