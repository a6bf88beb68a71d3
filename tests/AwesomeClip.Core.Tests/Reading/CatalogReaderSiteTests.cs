using System.Text;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Reading;

/// <summary>The site's name and introduction, which every page shows, follow the newest import.</summary>
public abstract class CatalogReaderSiteTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldNameTheSiteAfterTheNewestImportEvenWhenItAskedBefore()
    {
        var reader = new CatalogReader(database);
        var markdown = await File.ReadAllTextAsync(Repo.Fixture("base.md"), TestContext.Current.CancellationToken);
        Assert.Equal(SiteIdentity.Default, await reader.SiteAsync(TestContext.Current.CancellationToken));

        await Importers.For(database).ImportAsync("base.md", Encoding.UTF8.GetBytes(markdown), TestContext.Current.CancellationToken);
        var first = await reader.SiteAsync(TestContext.Current.CancellationToken);
        await Importers.For(database).ImportAsync("base.md", Encoding.UTF8.GetBytes(markdown.Replace("# Awesome-CLIP\n", "# Awesome CLIP Papers\n", StringComparison.Ordinal)), TestContext.Current.CancellationToken);
        var second = await reader.SiteAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Awesome-CLIP", first.Name);
        Assert.Equal("Awesome CLIP Papers", second.Name);
        Assert.Equal(second, await reader.SiteAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class CatalogReaderSiteTestsOnSqlite() : CatalogReaderSiteTests(TestProvider.Sqlite);

public sealed class CatalogReaderSiteTestsOnPostgreSql() : CatalogReaderSiteTests(TestProviders.PostgreSqlOrSkip());
