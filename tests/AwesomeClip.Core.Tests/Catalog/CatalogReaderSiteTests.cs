using System.Text;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Catalog;

/// <summary>The site's name and introduction, which every page shows, follow the newest import.</summary>
public abstract class CatalogReaderSiteTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [DatabaseFact]
    public async Task ShouldNameTheSiteAfterTheNewestImportEvenWhenItAskedBefore()
    {
        var reader = new CatalogReader(database);
        var markdown = await File.ReadAllTextAsync(Repo.Fixture("base.md"));
        Assert.Equal(SiteIdentity.Default, await reader.SiteAsync());

        await Importers.For(database).ImportAsync("base.md", Encoding.UTF8.GetBytes(markdown));
        var first = await reader.SiteAsync();
        await Importers.For(database).ImportAsync("base.md", Encoding.UTF8.GetBytes(markdown.Replace("# Awesome-CLIP\n", "# Awesome CLIP Papers\n", StringComparison.Ordinal)));
        var second = await reader.SiteAsync();

        Assert.Equal("Awesome-CLIP", first.Name);
        Assert.Equal("Awesome CLIP Papers", second.Name);
        Assert.Equal(second, await reader.SiteAsync());
    }
}

public sealed class CatalogReaderSiteTestsOnSqlite() : CatalogReaderSiteTests(TestProvider.Sqlite);

[UsesPostgreSql]
public sealed class CatalogReaderSiteTestsOnPostgreSql() : CatalogReaderSiteTests(TestProvider.PostgreSql);
