using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Import;

public abstract class CatalogImporterTests(TestProvider provider)
{
    [Fact]
    public async Task ShouldImportTheRealListIntoAnEmptyCatalog()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var report = await Importers.For(database).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);

        Assert.Equal(SeedList.Papers, report.Added);
        await using var db = database.CreateDbContext();
        Assert.Equal(SeedList.Papers, await db.Papers.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(SeedList.Categories, await db.Categories.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(SeedList.Links, report.Links);
        Assert.Equal(report.Links, await db.PaperLinks.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldChangeNothingWhenTheSameFileIsImportedTwice()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = Importers.For(database);
        var first = await importer.ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        var second = await importer.ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);

        Assert.False(second.ChangedAnything);
        Assert.Equal(first.Added, second.Unchanged);
        await using var db = database.CreateDbContext();
        Assert.Equal(first.Added, await db.Papers.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.SourceDocuments.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.All(await db.Papers.ToListAsync(cancellationToken: TestContext.Current.CancellationToken), p => Assert.Equal(1, p.Version));
    }
}

public sealed class CatalogImporterTestsOnSqlite() : CatalogImporterTests(TestProvider.Sqlite);

public sealed class CatalogImporterTestsOnPostgreSql() : CatalogImporterTests(TestProviders.PostgreSqlOrSkip());
