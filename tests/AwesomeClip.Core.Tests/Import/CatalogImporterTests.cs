using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Import;

public abstract class CatalogImporterTests(TestProvider provider)
{
    [DatabaseFact]
    public async Task ShouldImportTheRealListIntoAnEmptyCatalog()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var report = await Importers.For(database).ImportFileAsync(Repo.RealList);

        Assert.Equal(SeedList.Papers, report.Added);
        await using var db = database.CreateDbContext();
        Assert.Equal(SeedList.Papers, await db.Papers.CountAsync());
        Assert.Equal(SeedList.Categories, await db.Categories.CountAsync());
        Assert.Equal(SeedList.Links, report.Links);
        Assert.Equal(report.Links, await db.PaperLinks.CountAsync());
    }

    [DatabaseFact]
    public async Task ShouldChangeNothingWhenTheSameFileIsImportedTwice()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = Importers.For(database);
        var first = await importer.ImportFileAsync(Repo.RealList);
        var second = await importer.ImportFileAsync(Repo.RealList);

        Assert.False(second.ChangedAnything);
        Assert.Equal(first.Added, second.Unchanged);
        await using var db = database.CreateDbContext();
        Assert.Equal(first.Added, await db.Papers.CountAsync());
        Assert.Equal(1, await db.SourceDocuments.CountAsync());
        Assert.All(await db.Papers.ToListAsync(), p => Assert.Equal(1, p.Version));
    }
}

public sealed class CatalogImporterTestsOnSqlite() : CatalogImporterTests(TestProvider.Sqlite);

[UsesPostgreSql]
public sealed class CatalogImporterTestsOnPostgreSql() : CatalogImporterTests(TestProvider.PostgreSql);
