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
        var catalog = await new CatalogBuilder()
            .WithCategory("Video", new PaperBuilder().WithTitle("Trashed"))
            .WithCategory("Train", new PaperBuilder().WithTitle("Kept"), new PaperBuilder().WithTitle("Also kept"))
            .SeedAsync(database);
        var trashed = catalog.Paper("Trashed").Id;
        await using (var db = database.CreateDbContext())
        {
            var paper = await db.Papers.Include(p => p.Category).SingleAsync(p => p.Id == trashed, cancellationToken: TestContext.Current.CancellationToken);
            paper.DeletedAt = DateTime.UtcNow;
            paper.Category.DeletedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var read = database.CreateDbContext();
        Assert.Equal(["Also kept", "Kept"], await read.Papers.Select(p => p.Title).OrderBy(t => t).ToListAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(3, await read.Papers.IncludingTrash().CountAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(["Train"], await read.Categories.Select(c => c.Name).ToListAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(2, await read.Categories.IncludingTrash().CountAsync(cancellationToken: TestContext.Current.CancellationToken));
    }
}
