using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Storage;

/// <summary>"In the trash" is one rule, a named global query filter: every query leaves the trash out unless it asks.</summary>
public sealed class TrashFilterTests
{
    [Theory]
    [InlineData(typeof(Paper))]
    [InlineData(typeof(Category))]
    public void ShouldFilterTheTrashOutOfEveryQueryOf(Type entity)
    {
        using var db = new DesignTimeSqliteCatalogDbContextFactory().CreateDbContext([]);

        var filters = db.Model.FindEntityType(entity)!.GetDeclaredQueryFilters();

        Assert.Contains(filters, f => f.Key == Trash.Filter);
    }

    [Fact]
    public async Task ShouldShowTheTrashOnlyWhenAskedFor()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        await using (var db = database.CreateDbContext())
        {
            var paper = await db.Papers.Include(p => p.Category).OrderBy(p => p.Id).FirstAsync(cancellationToken: TestContext.Current.CancellationToken);
            paper.DeletedAt = DateTime.UtcNow;
            paper.Category.DeletedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = database.CreateDbContext();
        Assert.Equal(108, await read.Papers.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(109, await read.Papers.IncludingTrash().CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(12, await read.Categories.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(13, await read.Categories.IncludingTrash().CountAsync(cancellationToken: TestContext.Current.CancellationToken));
    }
}
