using AwesomeClip.Core.ChangeLog;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.ChangeLog;

/// <summary>Every save that touches papers leaves one log entry in its own transaction, whoever wrote it.</summary>
public abstract class CatalogChangeLogTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await Importers.For(database).ImportFileAsync(Repo.Fixture("base.md"));
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldLogTheImportedPapersInTheImportsTransaction()
    {
        await using var db = database.CreateDbContext();
        var entries = await db.CatalogChanges.ToListAsync(cancellationToken: TestContext.Current.CancellationToken);

        var ids = entries.SelectMany(e => e.ParsePaperIds()).Distinct().Order().ToList();
        Assert.Equal(await db.Papers.Select(p => p.Id).OrderBy(id => id).ToListAsync(cancellationToken: TestContext.Current.CancellationToken), ids);
    }

    [Fact]
    public async Task ShouldLogAnEditMadeWithoutATransaction()
    {
        var before = await LatestAsync();
        await using (var db = database.CreateDbContext())
        {
            var paper = await db.Papers.OrderBy(p => p.Id).FirstAsync(cancellationToken: TestContext.Current.CancellationToken);
            paper.Title += " (edited)";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var entry = Assert.Single(await AfterAsync(before));
        await using var check = database.CreateDbContext();
        Assert.Equal([await check.Papers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(cancellationToken: TestContext.Current.CancellationToken)], entry.ParsePaperIds());
    }

    [Fact]
    public async Task ShouldLogTheNewIdOfAnAddedPaper()
    {
        var before = await LatestAsync();
        int id;
        await using (var db = database.CreateDbContext())
        {
            var category = await db.Categories.FirstAsync(cancellationToken: TestContext.Current.CancellationToken);
            var paper = new PaperBuilder().WithTitle("A new paper").WithLink("Paper", "https://example.org/p.pdf").Build(category);
            db.Papers.Add(paper);
            db.SaveChanges();
            id = paper.Id;
        }

        Assert.Equal([id], Assert.Single(await AfterAsync(before)).ParsePaperIds());
    }

    [Fact]
    public async Task ShouldLogEveryPaperOfARenamedCategory()
    {
        var before = await LatestAsync();
        await using (var db = database.CreateDbContext())
        {
            var category = await db.Categories.Include(c => c.Papers).FirstAsync(c => c.Papers.Count > 1, cancellationToken: TestContext.Current.CancellationToken);
            category.Name = "Renamed";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = database.CreateDbContext();
        var expected = await check.Papers.Where(p => p.Category.Name == "Renamed").Select(p => p.Id).OrderBy(i => i).ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(expected, Assert.Single(await AfterAsync(before)).ParsePaperIds());
    }

    [Fact]
    public async Task ShouldLogNothingWhenTheTransactionRollsBack()
    {
        var before = await LatestAsync();
        await using (var db = database.CreateDbContext())
        {
            await using var tx = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            var paper = await db.Papers.FirstAsync(cancellationToken: TestContext.Current.CancellationToken);
            paper.Title = "Never committed";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await tx.RollbackAsync(TestContext.Current.CancellationToken);
        }

        Assert.Empty(await AfterAsync(before));
    }

    [Fact]
    public async Task ShouldLogNothingForSavesThatTouchNoPaper()
    {
        var before = await LatestAsync();
        await using (var db = database.CreateDbContext())
        {
            db.SourceDocuments.Add(new() { FileName = "x.md", Sha256 = new string('0', 64), Markdown = "", ImportedAt = DateTime.UtcNow });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Empty(await AfterAsync(before));
    }

    [Fact]
    public async Task ShouldTrimOldEntriesButKeepTheNewest()
    {
        await using var db = database.CreateDbContext();
        (await db.Papers.FirstAsync(cancellationToken: TestContext.Current.CancellationToken)).Title = "Edited";
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var latest = await CatalogChangeLog.LatestIdAsync(db, TestContext.Current.CancellationToken);

        var trimmed = await CatalogChangeLog.TrimAsync(db, DateTime.UtcNow.AddMinutes(1), TestContext.Current.CancellationToken);

        Assert.True(trimmed > 0);
        Assert.Equal(latest, Assert.Single(await db.CatalogChanges.ToListAsync(cancellationToken: TestContext.Current.CancellationToken)).Id);
        Assert.True(await CatalogChangeLog.MayHaveLostAsync(db, 0, TestContext.Current.CancellationToken));
        Assert.False(await CatalogChangeLog.MayHaveLostAsync(db, latest - 1, TestContext.Current.CancellationToken));
    }

    private async Task<long> LatestAsync()
    {
        await using var db = database.CreateDbContext();
        return await CatalogChangeLog.LatestIdAsync(db, default);
    }

    private async Task<List<CatalogChange>> AfterAsync(long id)
    {
        await using var db = database.CreateDbContext();
        return await CatalogChangeLog.ReadAfterAsync(db, id, 100, default);
    }
}

public sealed class CatalogChangeLogTestsOnSqlite() : CatalogChangeLogTests(TestProvider.Sqlite);

public sealed class CatalogChangeLogTestsOnPostgreSql() : CatalogChangeLogTests(TestProviders.PostgreSqlOrSkip());
