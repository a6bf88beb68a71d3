using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Admin;

/// <summary>Category edits on base.md: Train &amp; Finetune (3 papers), Zero-Shot &amp; Few-Shot, Distillation (2).</summary>
public abstract class CategoryEditorTests(TestProvider provider) : IAsyncLifetime
{
    private readonly RecordingListener listener = new();
    private readonly FixedClock clock = FixedClock.At(2025);
    private TestDatabase database = null!;
    private CategoryEditor editor = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await Importers.For(database).ImportFileAsync(Repo.Fixture("base.md"));
        editor = Editors.Categories(database, clock, listener);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldCreateACategoryAtTheEndWithASlug()
    {
        var outcome = await editor.CreateAsync("  Robotics & Embodied ", "ada", TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Message);
        var last = (await editor.ListAsync(TestContext.Current.CancellationToken))[^1];
        Assert.Equal(("Robotics & Embodied", "robotics-embodied", 3, 0), (last.Name, last.Slug, last.Order, last.Papers));
        Assert.Contains(await new CatalogReader(database).CategoriesAsync(TestContext.Current.CancellationToken), c => c.Slug == "robotics-embodied");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("distillation")]
    [InlineData(" Train  &  Finetune")]
    [InlineData("Two\nlines")]
    public async Task ShouldRefuseAnEmptyDuplicateOrMultiLineName(string name)
    {
        var outcome = await editor.CreateAsync(name, "ada", TestContext.Current.CancellationToken);

        Assert.False(outcome.Succeeded);
        Assert.Equal(3, (await editor.ListAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Theory]
    [InlineData("Tr\u200Bain")]
    [InlineData("\u202Eniart")]
    [InlineData("Train\u2066")]
    [InlineData("Distil\u00ADlation")]
    public async Task ShouldRefuseANameWithBidiControlsOrZeroWidthCharacters(string name)
    {
        var created = await editor.CreateAsync(name, "ada", TestContext.Current.CancellationToken);
        var renamed = await editor.RenameAsync((await CategoryAsync("Distillation")).Id, name, "ada", TestContext.Current.CancellationToken);

        Assert.False(created.Succeeded);
        Assert.False(renamed.Succeeded);
        Assert.StartsWith("The name contains an invisible character (U+", created.Message, StringComparison.Ordinal);
        Assert.Equal(["Train & Finetune", "Zero-Shot & Few-Shot", "Distillation"], (await editor.ListAsync(TestContext.Current.CancellationToken)).Select(c => c.Name));
    }

    [Fact]
    public async Task ShouldKeepTheSlugWhenRenaming()
    {
        var train = await CategoryAsync("Train & Finetune");

        var outcome = await editor.RenameAsync(train.Id, "Train", "ada", TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Message);
        var renamed = await CategoryAsync("Train");
        Assert.Equal(train.Slug, renamed.Slug);
        Assert.Equal(3, Assert.Single(listener.Calls).Count); // its papers show the new name in search
    }

    [Fact]
    public async Task ShouldRefuseToRenameToAnotherCategorysName()
    {
        var train = await CategoryAsync("Train & Finetune");

        Assert.False((await editor.RenameAsync(train.Id, "DISTILLATION", "ada", TestContext.Current.CancellationToken)).Succeeded);
    }

    [Fact]
    public async Task ShouldMoveACategoryUpAndDown()
    {
        var distillation = await CategoryAsync("Distillation");

        Assert.True((await editor.MoveAsync(distillation.Id, -1, TestContext.Current.CancellationToken)).Succeeded);
        Assert.Equal(["Train & Finetune", "Distillation", "Zero-Shot & Few-Shot"], (await editor.ListAsync(TestContext.Current.CancellationToken)).Select(c => c.Name));
        Assert.True((await editor.MoveAsync(distillation.Id, -1, TestContext.Current.CancellationToken)).Succeeded);
        Assert.False((await editor.MoveAsync(distillation.Id, -1, TestContext.Current.CancellationToken)).Succeeded);
        Assert.Equal(["Distillation", "Train & Finetune", "Zero-Shot & Few-Shot"], (await editor.ListAsync(TestContext.Current.CancellationToken)).Select(c => c.Name));
        Assert.Equal([0, 1, 2], (await editor.ListAsync(TestContext.Current.CancellationToken)).Select(c => c.Order));
        Assert.True((await editor.MoveAsync(distillation.Id, 1, TestContext.Current.CancellationToken)).Succeeded);
        Assert.Equal(["Train & Finetune", "Distillation", "Zero-Shot & Few-Shot"], (await editor.ListAsync(TestContext.Current.CancellationToken)).Select(c => c.Name));
    }

    [Fact]
    public async Task ShouldDeleteAnEmptyCategory()
    {
        await editor.CreateAsync("Empty", "ada", TestContext.Current.CancellationToken);
        var empty = await CategoryAsync("Empty");

        Assert.True((await editor.DeleteAsync(empty.Id, null, "ada", TestContext.Current.CancellationToken)).Succeeded);

        await using var db = database.CreateDbContext();
        Assert.False(await db.Categories.AnyAsync(c => c.Id == empty.Id, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldRefuseToDeleteACategoryWithPapersUnlessTheyMove()
    {
        var train = await CategoryAsync("Train & Finetune");

        var refused = await editor.DeleteAsync(train.Id, null, "ada", TestContext.Current.CancellationToken);

        Assert.False(refused.Succeeded);
        Assert.Contains("still has 3 paper(s)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await editor.ListAsync(TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task ShouldMoveThePapersWithRevisionsAndThenDelete()
    {
        var train = await CategoryAsync("Train & Finetune");
        var distillation = await CategoryAsync("Distillation");

        var outcome = await editor.DeleteAsync(train.Id, distillation.Id, "ada", TestContext.Current.CancellationToken);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Equal(["Zero-Shot & Few-Shot", "Distillation"], (await editor.ListAsync(TestContext.Current.CancellationToken)).Select(c => c.Name));
        await using var db = database.CreateDbContext();
        var moved = await db.Papers.Where(p => p.CategoryId == distillation.Id).OrderBy(p => p.Position).ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([0, 1, 2, 3, 4], moved.Select(p => p.Position)); // its 2 papers, then the 3 moved ones
        var revisions = await db.PaperRevisions.Where(r => r.Actor == "ada").ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(3, revisions.Count);
        Assert.All(revisions, r => Assert.Equal(
            new FieldChange(PaperField.Category, "Train & Finetune", "Distillation"), Assert.Single(RevisionChanges.Parse(r.Changes))));
        Assert.All(moved.Where(p => revisions.Any(r => r.PaperId == p.Id)), p => Assert.Equal(2, p.Version));
        Assert.Equal(3, Assert.Single(listener.Calls).Count);
    }

    [Fact]
    public async Task ShouldKeepADeletedCategoryHiddenWhileTrashedPapersPointAtIt()
    {
        var distillation = await CategoryAsync("Distillation");
        await using (var db = database.CreateDbContext())
            await db.Papers.Where(p => p.CategoryId == distillation.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.DeletedAt, DateTime.UtcNow), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True((await editor.DeleteAsync(distillation.Id, null, "ada", TestContext.Current.CancellationToken)).Succeeded);

        Assert.DoesNotContain(await new CatalogReader(database).CategoriesAsync(TestContext.Current.CancellationToken), c => c.Id == distillation.Id);
        Assert.NotNull((await CategoryAsync("Distillation")).DeletedAt);
    }

    private async Task<Category> CategoryAsync(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Categories.IncludingTrash().SingleAsync(c => c.Name == name);
    }
}

public sealed class CategoryEditorTestsOnSqlite() : CategoryEditorTests(TestProvider.Sqlite);

public sealed class CategoryEditorTestsOnPostgreSql() : CategoryEditorTests(TestProviders.PostgreSqlOrSkip());
