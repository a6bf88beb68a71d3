using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Import;

/// <summary>Importing a newer version of the list into a catalog that holds base.md (7 papers in 3 categories).</summary>
public abstract class ReimportTests(TestProvider provider) : IAsyncLifetime
{
    private const string Clipa = "CLIPA: An Inverse Scalling Law for CLIP Training";
    private const string ClipaFixed = "CLIPA: An Inverse Scaling Law for CLIP Training";
    private const string LessIsMore = "Less is More: Removing Text-regions Improves CLIP Training Efficiency and Robustness";
    private const string TinyClip = "TinyCLIP: CLIP Distillation via Affinity Mimicking and Weight Inheritance";
    private const string MetaClip = "DEMYSTIFYING CLIP DATA[MetaCLIP]";

    private readonly RecordingListener listener = new();
    private TestDatabase database = null!;
    private CatalogImporter importer = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        importer = Importers.For(database, listener);
        await importer.ImportFileAsync(Repo.Fixture("base.md"));
        listener.Calls.Clear();
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldKeepPaperIdWhenTitleTypoIsFixed()
    {
        var before = await PaperAsync(Clipa);

        var report = await importer.ImportFileAsync(Repo.Fixture("typo-fixed.md"), TestContext.Current.CancellationToken);

        var after = await PaperAsync(ClipaFixed);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(2, after.Version);
        Assert.Equal(7, await LiveCountAsync());
        var change = Assert.Single(report.Changes!.Papers);
        Assert.Equal(new FieldChange(PaperField.Title, Clipa, ClipaFixed), Assert.Single(change.Changes));
        Assert.Contains($"~ retitled '{Clipa}' → '{ClipaFixed}'", ChangeSetText.Lines(report.Changes));
    }

    [Fact]
    public async Task ShouldDetectCategoryRenameAndKeepItsId()
    {
        var before = await CategoriesAsync();

        var preview = await importer.PreviewFileAsync(Repo.Fixture("categories-renamed.md"), cancellationToken: TestContext.Current.CancellationToken);
        await importer.ApplyAsync(preview, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(preview.Changes.Papers);
        Assert.All(preview.Changes.Categories, c => Assert.Equal(CategoryChangeKind.Renamed, c.Kind));
        var lines = ChangeSetText.Lines(preview.Changes).ToList();
        Assert.Contains("category renamed 'Train & Finetune' → 'Train'", lines);
        Assert.Contains("category renamed 'Zero-Shot & Few-Shot' → 'Zero-Shot & Few-Shot & Classification'", lines);
        var after = await CategoriesAsync();
        Assert.Equal(before.Select(c => (c.Id, c.Slug, c.Order)), after.Select(c => (c.Id, c.Slug, c.Order)));
        Assert.Equal(["Train", "Zero-Shot & Few-Shot & Classification", "Distillation"], after.Select(c => c.Name));
    }

    [Fact]
    public async Task ShouldKeepPaperIdWhenRowMovesToAnotherSection()
    {
        var before = await PaperAsync(MetaClip);

        var report = await importer.ImportFileAsync(Repo.Fixture("row-moved.md"), TestContext.Current.CancellationToken);

        var after = await PaperAsync(MetaClip);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal("Distillation", after.Category.Name);
        Assert.Equal(2024, after.Year);
        Assert.Contains($"> moved '{MetaClip}': Train & Finetune → Distillation", ChangeSetText.Lines(report.Changes!));
        Assert.Single(report.Changes!.Moved);
        await using var db = database.CreateDbContext();
        var distillation = await db.Papers.Where(p => p.Category.Name == "Distillation").OrderBy(p => p.Position).Select(p => p.Title).ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([TinyClip, MetaClip, "CLIP-KD: An Empirical Study of CLIP Model Distillation"], distillation);
    }

    [Fact]
    public async Task ShouldKeepPapersApartWhenTheSameArxivLinkIsUnderTwoOfThem()
    {
        var coop = await PaperAsync("CoOp: Learning to Prompt for Vision-Language Models");
        var cocoop = await PaperAsync("CoCoOp: Conditional Prompt Learning for Vision-Language Models");
        Assert.Equal("2109.01134", coop.ArxivId);
        Assert.Equal(coop.ArxivId, cocoop.ArxivId);

        // CoOp leaves the list; MaPLe arrives with CoOp's arXiv link pasted under it: a new paper, not CoOp retitled.
        var report = await importer.ImportFileAsync(Repo.Fixture("shared-arxiv.md"), TestContext.Current.CancellationToken);

        var maple = await PaperAsync("MaPLe: Multi-modal Prompt Learning");
        Assert.NotEqual(coop.Id, maple.Id);
        Assert.NotNull((await PaperAsync(coop.Title)).DeletedAt);
        Assert.Equal(cocoop.Id, (await PaperAsync(cocoop.Title)).Id);
        Assert.Equal([PaperChangeKind.Added, PaperChangeKind.Removed], report.Changes!.Papers.Select(p => p.Kind).Order());
    }

    [Fact]
    public async Task ShouldRefuseToApplyWhileAConflictIsUnresolved()
    {
        await EditAsync(Clipa, p => p.Abstract = "我的摘要");

        var preview = await importer.PreviewFileAsync(Repo.Fixture("abstract-changed.md"), cancellationToken: TestContext.Current.CancellationToken);

        var (paper, conflict) = Assert.Single(preview.Changes.Conflicts);
        Assert.Equal(Clipa, paper.Title);
        Assert.Equal(PaperField.Abstract, conflict.Field);
        Assert.Equal("文章提出了一个令人惊讶的发现，即CLIP训练存在inverse scaling law.", conflict.Baseline);
        Assert.Equal("我的摘要", conflict.Mine);
        Assert.EndsWith("可用的token序列越短.", conflict.Theirs, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ApplyAsync(preview, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(ImportRefusal.UnresolvedConflicts, refused.Reason);
        Assert.Contains(Clipa, refused.Message, StringComparison.Ordinal);
        var viaFile = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ImportFileAsync(Repo.Fixture("abstract-changed.md"), TestContext.Current.CancellationToken));
        Assert.Equal(ImportRefusal.UnresolvedConflicts, viaFile.Reason);
        Assert.Equal("我的摘要", (await PaperAsync(Clipa)).Abstract);
    }

    [Fact]
    public async Task ShouldKeepMyValueWhenConflictIsResolvedKeepMine()
    {
        await EditAsync(Clipa, p => p.Abstract = "我的摘要");
        var preview = await importer.PreviewFileAsync(Repo.Fixture("abstract-changed.md"), cancellationToken: TestContext.Current.CancellationToken);

        await importer.ApplyAsync(preview, ConflictResolutions.All(preview.Changes, ConflictResolution.KeepMine), TestContext.Current.CancellationToken);

        Assert.Equal("我的摘要", (await PaperAsync(Clipa)).Abstract);
        var again = await importer.PreviewFileAsync(Repo.Fixture("abstract-changed.md"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(again.Changes.IsEmpty, string.Join("\n", again.ToLines()));
    }

    [Fact]
    public async Task ShouldTakeTheirValueWhenConflictIsResolvedTakeTheirs()
    {
        await EditAsync(Clipa, p => p.Abstract = "我的摘要");
        var preview = await importer.PreviewFileAsync(Repo.Fixture("abstract-changed.md"), cancellationToken: TestContext.Current.CancellationToken);
        var id = preview.Changes.Conflicts.Single().Paper.PaperId!.Value;

        await importer.ApplyAsync(preview, new Dictionary<ConflictKey, ConflictResolution> { [new(id, PaperField.Abstract)] = ConflictResolution.TakeTheirs }, TestContext.Current.CancellationToken);

        Assert.EndsWith("可用的token序列越短.", (await PaperAsync(Clipa)).Abstract, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        var revision = await db.PaperRevisions.Where(r => r.PaperId == id).OrderBy(r => r.Id).LastAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(RevisionKind.Updated, revision.Kind);
        Assert.Contains("\"field\":\"Abstract\"", revision.Changes, StringComparison.Ordinal);
        Assert.Contains("我的摘要", revision.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldMergeWhenTheListAndAMaintainerChangedDifferentFields()
    {
        await EditAsync(Clipa, p => p.Commentary = "值得一读");

        var report = await importer.ImportFileAsync(Repo.Fixture("abstract-changed.md"), TestContext.Current.CancellationToken);

        var paper = await PaperAsync(Clipa);
        Assert.EndsWith("可用的token序列越短.", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal("值得一读", paper.Commentary);
        var change = Assert.Single(report.Changes!.Papers);
        Assert.Equal([PaperField.Commentary], change.KeptLocalEdits);
        Assert.Contains($"~ '{Clipa}': abstract changed", ChangeSetText.Lines(report.Changes));
    }

    [Fact]
    public async Task ShouldFlagLocallyEditedPaperRemovedUpstreamInsteadOfDeletingIt()
    {
        await EditAsync(TinyClip, p => p.Commentary = "我们组在用");

        var report = await importer.ImportFileAsync(Repo.Fixture("papers-removed.md"), TestContext.Current.CancellationToken);

        Assert.Null((await PaperAsync(TinyClip)).DeletedAt);
        Assert.NotNull((await PaperAsync(LessIsMore)).DeletedAt);
        var lines = ChangeSetText.Lines(report.Changes!).ToList();
        Assert.Contains($"- removed '{LessIsMore}' (to the trash)", lines);
        Assert.Contains($"! kept '{TinyClip}': the list dropped it, but it was edited here (commentary)", lines);
        Assert.Equal(6, await LiveCountAsync());
        var again = await importer.PreviewFileAsync(Repo.Fixture("papers-removed.md"), cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(again.Changes.IsEmpty, string.Join("\n", again.ToLines()));
    }

    [Fact]
    public async Task ShouldRestorePaperFromTheTrashWhenTheListHasItAgain()
    {
        var before = await PaperAsync(LessIsMore);
        await importer.ImportFileAsync(Repo.Fixture("papers-removed.md"), TestContext.Current.CancellationToken);

        var report = await importer.ImportFileAsync(Repo.Fixture("base.md"), TestContext.Current.CancellationToken);

        var after = await PaperAsync(LessIsMore);
        Assert.Equal(before.Id, after.Id);
        Assert.Null(after.DeletedAt);
        Assert.Equal(2, report.Changes!.Papers.Count(p => p.Kind == PaperChangeKind.Restored));
        Assert.Equal(7, await LiveCountAsync());
    }

    [Fact]
    public async Task ShouldRefuseStalePreviewWhenTheCatalogChangedMeanwhile()
    {
        var preview = await importer.PreviewFileAsync(Repo.Fixture("typo-fixed.md"), cancellationToken: TestContext.Current.CancellationToken);
        await EditAsync(MetaClip, p => p.Year = 2023);

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ApplyAsync(preview, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(ImportRefusal.StalePreview, refused.Reason);
        Assert.Equal(Clipa, (await PaperAsync(Clipa)).Title);
        Assert.Empty(listener.Calls);
    }

    [Fact]
    public async Task ShouldRecordHistoryAndNotifyListenersWithChangedIds()
    {
        var id = (await PaperAsync(Clipa)).Id;

        await importer.ImportFileAsync(Repo.Fixture("typo-fixed.md"), TestContext.Current.CancellationToken);

        Assert.Equal([id], Assert.Single(listener.Calls));
        await using var db = database.CreateDbContext();
        var revisions = await db.PaperRevisions.Where(r => r.PaperId == id).OrderBy(r => r.Id).ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([RevisionKind.Created, RevisionKind.Updated], revisions.Select(r => r.Kind));
        Assert.All(revisions, r => Assert.Equal("importer", r.Actor));
        Assert.Equal("title changed by the import of typo-fixed.md", revisions[1].Summary);
        Assert.Equal(7, await db.PaperRevisions.CountAsync(r => r.Kind == RevisionKind.Created, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldPreviewNothingAndWriteNothingForTheFileLastImported()
    {
        var preview = await importer.PreviewFileAsync(Repo.Fixture("base.md"), cancellationToken: TestContext.Current.CancellationToken);
        var report = await importer.ApplyAsync(preview, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(preview.Changes.IsEmpty);
        Assert.Equal(7, preview.Changes.Unchanged);
        Assert.Contains("No changes: the catalog already matches the list.", preview.ToLines());
        Assert.False(report.ChangedAnything);
        Assert.Empty(listener.Calls);
        await using var db = database.CreateDbContext();
        Assert.Equal(7, await db.PaperRevisions.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldLeavePapersCreatedInTheAppAloneAndAdoptThemWhenTheListGetsThem()
    {
        int id;
        await using (var db = database.CreateDbContext())
        {
            var category = await db.Categories.SingleAsync(c => c.Name == "Zero-Shot & Few-Shot", cancellationToken: TestContext.Current.CancellationToken);
            var paper = new Paper { Title = "MaPLe: Multi-modal Prompt Learning", Year = 2023, Category = category, Position = 2, Version = 1 };
            db.Papers.Add(paper);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            id = paper.Id;
        }

        var typo = await importer.ImportFileAsync(Repo.Fixture("typo-fixed.md"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(typo.Changes!.Papers, p => p.PaperId == id);
        Assert.Null((await PaperAsync("MaPLe: Multi-modal Prompt Learning")).DeletedAt);

        var adopted = await importer.PreviewFileAsync(Repo.Fixture("shared-arxiv.md"), cancellationToken: TestContext.Current.CancellationToken);
        var maple = Assert.Single(adopted.Changes.Papers, p => p.Title.StartsWith("MaPLe", StringComparison.Ordinal));
        Assert.Equal(id, maple.PaperId);
        Assert.Contains(maple.Conflicts, c => c.Field == PaperField.Abstract && c.Baseline is null);
    }

    private async Task<Paper> PaperAsync(string title)
    {
        await using var db = database.CreateDbContext();
        return await db.Papers.IncludingTrash().Include(p => p.Category).SingleAsync(p => p.Title == title);
    }

    private async Task<List<Category>> CategoriesAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.Categories.Where(c => c.DeletedAt == null).OrderBy(c => c.Order).ToListAsync();
    }

    private async Task<int> LiveCountAsync()
    {
        await using var db = database.CreateDbContext();
        return await db.Papers.CountAsync(p => p.DeletedAt == null);
    }

    /// <summary>What a maintainer's save does: change fields and bump the concurrency token.</summary>
    private async Task EditAsync(string title, Action<Paper> edit)
    {
        await using var db = database.CreateDbContext();
        var paper = await db.Papers.SingleAsync(p => p.Title == title);
        edit(paper);
        paper.Version++;
        await db.SaveChangesAsync();
    }
}

public sealed class ReimportTestsOnSqlite() : ReimportTests(TestProvider.Sqlite);

public sealed class ReimportTestsOnPostgreSql() : ReimportTests(TestProviders.PostgreSqlOrSkip());
