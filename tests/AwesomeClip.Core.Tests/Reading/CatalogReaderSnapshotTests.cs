using System.Text;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AwesomeClip.Core.Tests.Reading;

/// <summary>
/// What list pages read comes from memory (<see cref="CatalogSnapshot"/>): the same as the queries it replaced, and
/// never older than a change this process committed.
/// </summary>
public abstract class CatalogReaderSnapshotTests(TestProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ShouldReadTheShippedListAsTheQueriesDo()
    {
        await Importers.For(database).ImportAsync("awesome-clip.md", await File.ReadAllBytesAsync(Repo.RealList, Ct), Ct);
        var reader = new CatalogReader(database, clock);
        await using var db = database.CreateDbContext();

        var categories = await reader.CategoriesAsync(Ct);
        var expectedCategories = await db.Categories.OrderBy(c => c.Order).Select(c => new { c.Slug, Count = c.Papers.Count() }).ToListAsync(Ct);
        Assert.Equal(expectedCategories.Select(c => (c.Slug, c.Count)), categories.Select(c => (c.Slug, c.Count)));

        var all = await db.Papers.AsNoTracking().Select(p => new { p.Id, p.Title, p.CategoryId, p.Year, p.Position, p.CreatedAt, CategoryOrder = p.Category.Order }).ToListAsync(Ct);
        Assert.Equal(SeedList.Papers, all.Count);
        Assert.Equal((all.Count, categories.Count), await reader.CountsAsync(Ct));
        foreach (var slug in categories.Select(c => c.Slug).Append(null))
        {
            var tree = slug is null ? null : await CatalogQueries.SubtreeIdsAsync(db, slug, Ct);
            var inTree = all.Where(p => tree is null || tree.Contains(p.CategoryId)).ToList();
            Assert.Equal(
                inTree.Where(p => p.Year is not null).GroupBy(p => p.Year!.Value).OrderByDescending(g => g.Key).Select(g => new YearCount(g.Key, g.Count())),
                await reader.YearsAsync(slug, Ct));
            var page = await reader.PapersPageAsync(slug, null, 1, 1000, Ct);
            Assert.Equal(
                inTree.OrderBy(p => p.CategoryOrder).ThenBy(p => p.Year).ThenBy(p => p.Position).ThenBy(p => p.Id).Select(p => (p.Id, p.Title)),
                page.Items.Select(p => (p.Id, p.Title)));
            Assert.Equal(inTree.Count, page.Total);
        }

        var newest = await reader.NewestAsync(8, Ct);
        var expectedNewest = await db.Papers.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Year).ThenBy(p => p.Category.Order).ThenBy(p => p.Position)
            .Select(p => p.Id).Take(8).ToListAsync(Ct);
        Assert.Equal(expectedNewest, newest.Select(p => p.Id));

        var site = await db.SourceDocuments.OrderByDescending(d => d.Id).Select(d => new { d.Title, d.Intro }).FirstAsync(Ct);
        Assert.Equal(SiteIdentity.Of(site.Title, site.Intro), await reader.SiteAsync(Ct));

        var figured = await db.Papers.Where(p => p.Figures.Any()).Select(p => new { p.Id, Figure = p.Figures.OrderBy(f => f.Position).First().Path, Category = p.Category.Slug }).FirstAsync(Ct);
        var row = (await reader.PapersAsync(figured.Category, null, Ct)).Single(p => p.Id == figured.Id);
        Assert.Equal(figured.Figure, row.FigurePath);
        var details = await reader.PaperAsync(figured.Id, Ct);
        Assert.Equal(figured.Category, details!.CategoryPath[^1].Slug);
    }

    [Fact]
    public async Task ShouldShowAnEditATrashAndARestoreAtOnce()
    {
        await Importers.For(database).ImportAsync("base.md", await File.ReadAllBytesAsync(Repo.Fixture("base.md"), Ct), Ct);
        var reader = new CatalogReader(database, clock);
        var editor = Editors.Papers(database, clock);
        var before = await reader.PapersPageAsync("train-finetune", null, 1, 100, Ct);
        var id = before.Items[0].Id;

        var loaded = (await editor.LoadAsync(id, Ct))!;
        loaded.Form.Title = "Renamed While Cached";
        Assert.IsType<PaperSaved>(await editor.UpdateAsync(id, loaded.Form, "ada", ct: Ct));
        Assert.Equal("Renamed While Cached", (await reader.PapersPageAsync("train-finetune", null, 1, 100, Ct)).Items[0].Title);

        Assert.True((await editor.MoveToTrashAsync(id, "ada", Ct)).Succeeded);
        var trashed = await reader.PapersPageAsync("train-finetune", null, 1, 100, Ct);
        Assert.DoesNotContain(trashed.Items, p => p.Id == id);
        Assert.Equal(before.Total - 1, trashed.Total);
        Assert.Equal(before.Total - 1, (await reader.CategoriesAsync(Ct)).Single(c => c.Slug == "train-finetune").Total);

        Assert.True((await editor.RestoreAsync(id, "ada", Ct)).Succeeded);
        Assert.Contains((await reader.PapersPageAsync("train-finetune", null, 1, 100, Ct)).Items, p => p.Id == id);
        Assert.Equal(before.Total, (await reader.YearsAsync("train-finetune", Ct)).Sum(y => y.Count));
    }

    [Fact]
    public async Task ShouldShowAnImportAtOnce()
    {
        var markdown = await File.ReadAllTextAsync(Repo.Fixture("base.md"), Ct);
        await Importers.For(database).ImportAsync("base.md", Encoding.UTF8.GetBytes(markdown), Ct);
        var reader = new CatalogReader(database, clock);
        Assert.Contains((await reader.PapersAsync(null, null, Ct)), p => p.Title == "CoCoOp: Conditional Prompt Learning for Vision-Language Models");

        var changed = markdown.Replace("# Awesome-CLIP\n", "# Awesome CLIP Papers\n", StringComparison.Ordinal)
            .Replace("**CoCoOp: Conditional Prompt Learning for Vision-Language Models**", "**CoCoOp: Conditional Prompts**", StringComparison.Ordinal);
        await Importers.For(database).ImportAsync("base.md", Encoding.UTF8.GetBytes(changed), Ct);

        Assert.Equal("Awesome CLIP Papers", (await reader.SiteAsync(Ct)).Name);
        var titles = (await reader.PapersAsync(null, null, Ct)).Select(p => p.Title).ToList();
        Assert.Contains("CoCoOp: Conditional Prompts", titles);
        Assert.DoesNotContain("CoCoOp: Conditional Prompt Learning for Vision-Language Models", titles);
    }

    [Fact]
    public async Task ShouldShowANewEmptyCategoryAtOnceAndLogItForOtherInstances()
    {
        await Importers.For(database).ImportAsync("base.md", await File.ReadAllBytesAsync(Repo.Fixture("base.md"), Ct), Ct);
        var reader = new CatalogReader(database, clock);
        Assert.DoesNotContain(await reader.CategoriesAsync(Ct), c => c.Slug == "robotics");
        var logged = await LatestChangeAsync();

        Assert.True((await Editors.Categories(database, clock).CreateAsync("Robotics", "ada", Ct)).Succeeded);

        Assert.Contains(await reader.CategoriesAsync(Ct), c => c.Slug == "robotics");
        Assert.True(await LatestChangeAsync() > logged);
    }

    private async Task<long> LatestChangeAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.CatalogChanges.MaxAsync(c => (long?)c.Id, Ct) ?? 0;
    }

    [Fact]
    public async Task ShouldShowWhatASecondReaderOnTheSameDatabaseChanged()
    {
        await Importers.For(database).ImportAsync("base.md", await File.ReadAllBytesAsync(Repo.Fixture("base.md"), Ct), Ct);
        var first = new CatalogReader(database, clock);
        var second = new CatalogReader(database, clock);
        var id = (await second.PapersAsync(null, null, Ct))[0].Id;
        var loaded = (await Editors.Papers(database, clock, first).LoadAsync(id, Ct))!;
        loaded.Form.Title = "Edited Beside The Other Reader";

        Assert.IsType<PaperSaved>(await Editors.Papers(database, clock, first).UpdateAsync(id, loaded.Form, "ada", ct: Ct));

        Assert.Equal("Edited Beside The Other Reader", (await second.PapersAsync(null, null, Ct))[0].Title);
        Assert.Equal("Edited Beside The Other Reader", (await first.PaperAsync(id, Ct))!.Title);
    }
}

public sealed class CatalogReaderSnapshotTestsOnSqlite() : CatalogReaderSnapshotTests(TestProvider.Sqlite);

public sealed class CatalogReaderSnapshotTestsOnPostgreSql() : CatalogReaderSnapshotTests(TestProviders.PostgreSqlOrSkip());
