using AwesomeClip.Core.Reading;
using System.Text.Json;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Admin;

/// <summary>Maintainers' edits on a catalog that holds base.md (7 papers in 3 categories).</summary>
public abstract class PaperEditorTests(TestProvider provider) : IAsyncLifetime
{
    private const string Clipa = "CLIPA: An Inverse Scalling Law for CLIP Training";
    private const string LessIsMore = "Less is More: Removing Text-regions Improves CLIP Training Efficiency and Robustness";

    private readonly RecordingListener listener = new();
    private readonly FixedClock clock = FixedClock.At(2025);
    private TestDatabase database = null!;
    private PaperEditor editor = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await Importers.For(database).ImportFileAsync(Repo.Fixture("base.md"));
        editor = Editors.Papers(database, clock, listener);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldCreateAPaperWithACreatedRevisionAndTellTheListeners()
    {
        var form = await NewFormAsync("DataComp: In search of the next generation of multimodal datasets");

        var saved = Assert.IsType<PaperSaved>(await editor.CreateAsync(form, "ada@example.org", TestContext.Current.CancellationToken));

        var paper = await PaperAsync(saved.PaperId);
        Assert.Equal(form.Title, paper.Title);
        Assert.Equal(1, paper.Version);
        Assert.Equal("2304.14108", paper.ArxivId);
        Assert.Equal(LinkKind.Paper, Assert.Single(paper.Links).Kind);
        Assert.Equal(clock.Now.UtcDateTime, paper.CreatedAt);
        Assert.Null(paper.Baseline);
        var revision = Assert.Single(await RevisionsAsync(saved.PaperId));
        Assert.Equal(("ada@example.org", RevisionKind.Created), (revision.Actor, revision.Kind));
        var changes = RevisionChanges.Parse(revision.Changes);
        Assert.Contains(new FieldChange(PaperField.Title, null, form.Title), changes);
        Assert.Contains(new FieldChange(PaperField.Category, null, "Distillation"), changes);
        Assert.Contains(new FieldChange(PaperField.Links, null, """[{"kind":"paper","label":"Paper","url":"https://arxiv.org/pdf/2304.14108"}]"""), changes);
        Assert.Equal([saved.PaperId], Assert.Single(listener.Calls));
    }

    [Fact]
    public async Task ShouldShowANewPaperOnThePublicSideAtOnce()
    {
        var saved = Assert.IsType<PaperSaved>(await editor.CreateAsync(await NewFormAsync("A brand new paper"), "ada", TestContext.Current.CancellationToken));

        var details = await new CatalogReader(database).PaperAsync(saved.PaperId, TestContext.Current.CancellationToken);

        Assert.Equal("A brand new paper", details?.Title);
        Assert.Equal("distillation", details?.Category.Slug);
    }

    [Fact]
    public async Task ShouldCreateOnePaperWhenTheSameFormIsSubmittedTwice()
    {
        var form = await NewFormAsync("Submitted twice");

        var first = Assert.IsType<PaperSaved>(await editor.CreateAsync(form, "ada", TestContext.Current.CancellationToken));
        var second = Assert.IsType<PaperSaved>(await editor.CreateAsync(form, "ada", TestContext.Current.CancellationToken));

        Assert.Equal(first.PaperId, second.PaperId);
        Assert.False(second.Changed);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Papers.CountAsync(p => p.Title == "Submitted twice", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Single(await RevisionsAsync(first.PaperId));
    }

    [Theory]
    [InlineData("CLIPA: An Inverse Scalling Law for CLIP Training")]
    [InlineData("clipa: an inverse scalling law for clip training")]
    [InlineData("  CLIPA:  An Inverse\tScalling Law for CLIP   Training ")]
    [InlineData("CLIPA — an inverse scalling law for CLIP training.")]
    [InlineData("**CLIPA**: An Inverse Scalling Law for CLIP-Training")]
    public async Task ShouldRefuseATitleAnotherPaperOfTheCategoryHas(string title)
    {
        var result = await editor.CreateAsync(await NewFormAsync(title, "Train & Finetune"), "ada", TestContext.Current.CancellationToken);

        var error = Assert.Single(Assert.IsType<PaperInvalid>(result).Errors);
        Assert.Equal("Title", error.Field);
        Assert.Contains("Another paper already has this title", error.Message, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(7, await db.Papers.CountAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldAcceptAPaperThatTheListAlsoHasUnderAnotherCategory()
    {
        // Lists file one paper under several sections (matrixbrain's "Few Shot" and "Data Augmentation" share GeoAug).
        Assert.IsType<PaperSaved>(await editor.CreateAsync(await NewFormAsync(Clipa, "Distillation"), "ada", TestContext.Current.CancellationToken));

        await using var db = database.CreateDbContext();
        Assert.Equal(2, await db.Papers.CountAsync(p => p.Title == Clipa, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldLetAPaperKeepItsOwnTitleWhenOnlyCaseChanges()
    {
        var loaded = await LoadAsync(Clipa);
        loaded.Form.Title = Clipa.ToUpperInvariant();

        Assert.IsType<PaperSaved>(await editor.UpdateAsync(loaded.Id, loaded.Form, "ada", ct: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldNeverWriteInvalidInput()
    {
        var loaded = await LoadAsync(Clipa);
        loaded.Form.Links[0].Url = "javascript:alert(document.cookie)";
        loaded.Form.Year = 1899;

        var result = await editor.UpdateAsync(loaded.Id, loaded.Form, "ada", ct: TestContext.Current.CancellationToken);

        Assert.Equal(["Links[0].Url", "Year"], Assert.IsType<PaperInvalid>(result).Errors.Select(e => e.Field).Order());
        var paper = await PaperAsync(loaded.Id);
        Assert.Equal(1, paper.Version);
        Assert.DoesNotContain(paper.Links, l => l.Url.Contains("javascript", StringComparison.Ordinal));
        Assert.Single(await RevisionsAsync(loaded.Id));
        Assert.Empty(listener.Calls);
    }

    [Fact]
    public async Task ShouldRefuseACategoryThatDoesNotExistOrIsDeleted()
    {
        var loaded = await LoadAsync(Clipa);
        loaded.Form.CategoryId = 999;

        var result = await editor.UpdateAsync(loaded.Id, loaded.Form, "ada", ct: TestContext.Current.CancellationToken);

        var error = Assert.Single(Assert.IsType<PaperInvalid>(result).Errors);
        Assert.Equal(("CategoryId", "Choose an existing category."), (error.Field, error.Message));
    }

    [Fact]
    public async Task ShouldRefuseFiguresThatWereNotUploaded()
    {
        var loaded = await LoadAsync(Clipa);
        loaded.Form.Figures.Add("../../catalog.db");

        var result = await editor.UpdateAsync(loaded.Id, loaded.Form, "ada", ct: TestContext.Current.CancellationToken);

        Assert.Equal("Figures", Assert.Single(Assert.IsType<PaperInvalid>(result).Errors).Field);
    }

    [Fact]
    public async Task ShouldRecordEachChangedFieldAsTheImporterSpellsIt()
    {
        var loaded = await LoadAsync(Clipa);
        var distillation = await CategoryIdAsync("Distillation");
        loaded.Form.Title = "CLIPA: An Inverse Scaling Law for CLIP Training";
        loaded.Form.Year = 2024;
        loaded.Form.CategoryId = distillation;
        loaded.Form.Links.Reverse();
        loaded.Form.Links.Add(new LinkForm { Label = "Blog", Url = "https://example.org/clipa" });
        loaded.Form.Figures.Clear();
        clock.Advance(TimeSpan.FromHours(1));

        var saved = Assert.IsType<PaperSaved>(await editor.UpdateAsync(loaded.Id, loaded.Form, "grace", ct: TestContext.Current.CancellationToken));

        Assert.Equal(2, saved.Version);
        var revision = (await RevisionsAsync(loaded.Id)).Last();
        Assert.Equal(("grace", RevisionKind.Updated, clock.Now.UtcDateTime), (revision.Actor, revision.Kind, revision.At));
        Assert.Equal("title, year, category, links, figures changed", revision.Summary);
        Assert.Equal(
            [
                new FieldChange(PaperField.Title, Clipa, "CLIPA: An Inverse Scaling Law for CLIP Training"),
                new FieldChange(PaperField.Year, "2023", "2024"),
                new FieldChange(PaperField.Category, "Train & Finetune", "Distillation"),
                new FieldChange(PaperField.Links,
                    """[{"kind":"github","label":"Github","url":"https://github.com/UCSC-VLAA/CLIPA"},{"kind":"paper","label":"Paper","url":"https://arxiv.org/pdf/2305.07017"}]""",
                    """[{"kind":"paper","label":"Paper","url":"https://arxiv.org/pdf/2305.07017"},{"kind":"github","label":"Github","url":"https://github.com/UCSC-VLAA/CLIPA"},{"kind":"blog","label":"Blog","url":"https://example.org/clipa"}]"""),
                new FieldChange(PaperField.Figures, """["./images/CLIPA.png"]""", "[]"),
            ],
            RevisionChanges.Parse(revision.Changes));
        using var json = JsonDocument.Parse(revision.Changes);
        Assert.Equal(["field", "old", "new"], json.RootElement[0].EnumerateObject().Select(p => p.Name));
        var paper = await PaperAsync(loaded.Id);
        Assert.Equal((distillation, 2024, clock.Now.UtcDateTime), (paper.CategoryId, paper.Year, paper.UpdatedAt));
        Assert.Equal(Clipa, paper.Baseline!.Title); // the baseline stays what the list said
        Assert.Equal([loaded.Id], Assert.Single(listener.Calls));
    }

    [Fact]
    public async Task ShouldWriteNothingWhenAPaperIsSavedUnchanged()
    {
        await using (var db = database.CreateDbContext())
        {
            foreach (var id in await db.Papers.Select(p => p.Id).ToListAsync(cancellationToken: TestContext.Current.CancellationToken))
            {
                var loaded = (await editor.LoadAsync(id, TestContext.Current.CancellationToken))!;
                var saved = Assert.IsType<PaperSaved>(await editor.UpdateAsync(id, loaded.Form, "ada", ct: TestContext.Current.CancellationToken));
                Assert.False(saved.Changed, loaded.Title);
            }
        }
        Assert.Empty(listener.Calls);
        await using var check = database.CreateDbContext();
        Assert.All(await check.Papers.ToListAsync(cancellationToken: TestContext.Current.CancellationToken), p => Assert.Equal(1, p.Version));
    }

    [Fact]
    public async Task ShouldWriteNothingWhenEveryRealPaperIsSavedUnchanged()
    {
        await using var real = await TestDatabase.CreateAsync(provider);
        await Importers.For(real).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        var realEditor = Editors.Papers(real, clock);
        await using var db = real.CreateDbContext();
        var refused = new List<string>();
        foreach (var id in await db.Papers.Select(p => p.Id).ToListAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            var loaded = (await realEditor.LoadAsync(id, TestContext.Current.CancellationToken))!;
            var result = await realEditor.UpdateAsync(id, loaded.Form, "ada", ct: TestContext.Current.CancellationToken);
            if (result is PaperSaved saved) Assert.False(saved.Changed, loaded.Title);
            else refused.Add($"{loaded.Title}: {string.Join("; ", Assert.IsType<PaperInvalid>(result).Errors)}");
        }
        Assert.Equal(0, await db.PaperRevisions.CountAsync(r => r.Actor == "ada", cancellationToken: TestContext.Current.CancellationToken));
        Assert.Empty(refused);
    }

    [Fact]
    public async Task ShouldReturnAConflictWithTheirValuesWhenTheStoredVersionMovedOn()
    {
        var mine = await LoadAsync(Clipa);
        var theirs = await LoadAsync(Clipa);
        theirs.Form.Abstract = "Their abstract.";
        Assert.IsType<PaperSaved>(await editor.UpdateAsync(theirs.Id, theirs.Form, "grace", ct: TestContext.Current.CancellationToken));
        mine.Form.Abstract = "My abstract.";
        mine.Form.Commentary = "My note.";

        var conflict = Assert.IsType<EditConflict>(await editor.UpdateAsync(mine.Id, mine.Form, "ada", ct: TestContext.Current.CancellationToken));

        Assert.Equal((2, "Their abstract.", "grace"), (conflict.StoredVersion, conflict.Theirs.Abstract, conflict.LastActor));
        Assert.Equal([PaperField.Abstract, PaperField.Commentary], conflict.DifferingFields);
        var paper = await PaperAsync(mine.Id);
        Assert.Equal(("Their abstract.", (string?)null), (paper.Abstract, paper.Commentary));
    }

    [Fact]
    public async Task ShouldOverwriteWhenTheMaintainerKeepsTheirOwnVersion()
    {
        var mine = await LoadAsync(Clipa);
        var theirs = await LoadAsync(Clipa);
        theirs.Form.Abstract = "Their abstract.";
        await editor.UpdateAsync(theirs.Id, theirs.Form, "grace", ct: TestContext.Current.CancellationToken);
        mine.Form.Abstract = "My abstract.";
        var conflict = Assert.IsType<EditConflict>(await editor.UpdateAsync(mine.Id, mine.Form, "ada", ct: TestContext.Current.CancellationToken));

        mine.Form.Version = conflict.StoredVersion; // keep mine (overwrite)
        var saved = Assert.IsType<PaperSaved>(await editor.UpdateAsync(mine.Id, mine.Form, "ada", ct: TestContext.Current.CancellationToken));

        Assert.Equal(3, saved.Version);
        Assert.Equal("My abstract.", (await PaperAsync(mine.Id)).Abstract);
        var last = (await RevisionsAsync(mine.Id)).Last();
        Assert.Equal(new FieldChange(PaperField.Abstract, "Their abstract.", "My abstract."), Assert.Single(RevisionChanges.Parse(last.Changes)));
    }

    [Fact]
    public async Task ShouldKeepTheirVersionWhenTheMaintainerTakesTheirs()
    {
        var mine = await LoadAsync(Clipa);
        var theirs = await LoadAsync(Clipa);
        theirs.Form.Abstract = "Their abstract.";
        await editor.UpdateAsync(theirs.Id, theirs.Form, "grace", ct: TestContext.Current.CancellationToken);
        mine.Form.Abstract = "My abstract.";
        var conflict = Assert.IsType<EditConflict>(await editor.UpdateAsync(mine.Id, mine.Form, "ada", ct: TestContext.Current.CancellationToken));

        var taken = Assert.IsType<PaperSaved>(await editor.UpdateAsync(mine.Id, conflict.Theirs, "ada", ct: TestContext.Current.CancellationToken)); // take theirs (discard mine)

        Assert.False(taken.Changed);
        Assert.Equal(2, taken.Version);
        Assert.Equal("Their abstract.", (await PaperAsync(mine.Id)).Abstract);
    }

    [Fact]
    public async Task ShouldNotCallARepeatedSubmitAConflict()
    {
        var loaded = await LoadAsync(Clipa);
        loaded.Form.Abstract = "Fixed.";

        var first = Assert.IsType<PaperSaved>(await editor.UpdateAsync(loaded.Id, loaded.Form, "ada", ct: TestContext.Current.CancellationToken));
        var second = Assert.IsType<PaperSaved>(await editor.UpdateAsync(loaded.Id, loaded.Form, "ada", ct: TestContext.Current.CancellationToken));

        Assert.Equal((2, 2, false), (first.Version, second.Version, second.Changed));
        Assert.Equal(2, (await RevisionsAsync(loaded.Id)).Count);
    }

    [Fact]
    public async Task ShouldMoveAPaperToTheTrashAndRestoreIt()
    {
        var reader = new CatalogReader(database);
        var id = (await LoadAsync(LessIsMore)).Id;

        var trashed = await editor.MoveToTrashAsync(id, "ada", TestContext.Current.CancellationToken);

        Assert.True(trashed.Succeeded, trashed.Message);
        Assert.Null(await reader.PaperAsync(id, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(await reader.PapersAsync(null, null, TestContext.Current.CancellationToken), p => p.Id == id);
        Assert.IsType<PaperMissing>(await editor.UpdateAsync(id, (await editor.LoadAsync(id, TestContext.Current.CancellationToken))!.Form, "ada", ct: TestContext.Current.CancellationToken));

        var restored = await editor.RestoreAsync(id, "grace", TestContext.Current.CancellationToken);

        Assert.True(restored.Succeeded, restored.Message);
        Assert.NotNull(await reader.PaperAsync(id, TestContext.Current.CancellationToken));
        Assert.Equal([RevisionKind.Created, RevisionKind.Deleted, RevisionKind.Restored], (await RevisionsAsync(id)).Select(r => r.Kind));
        Assert.Equal(3, (await PaperAsync(id)).Version);
        Assert.Equal(2, listener.Calls.Count);
    }

    [Fact]
    public async Task ShouldRefuseToRestoreAPaperWhoseTitleIsTakenMeanwhile()
    {
        var id = (await LoadAsync(LessIsMore)).Id;
        await editor.MoveToTrashAsync(id, "ada", TestContext.Current.CancellationToken);
        Assert.IsType<PaperSaved>(await editor.CreateAsync(await NewFormAsync(LessIsMore.ToLowerInvariant(), "Train & Finetune"), "ada", TestContext.Current.CancellationToken));

        var restored = await editor.RestoreAsync(id, "ada", TestContext.Current.CancellationToken);

        Assert.False(restored.Succeeded);
        Assert.Contains("same title", restored.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldPurgeOnlyPapersInTheTrash()
    {
        var id = (await LoadAsync(LessIsMore)).Id;

        Assert.False((await editor.PurgeFromTrashAsync(id, "ada", TestContext.Current.CancellationToken)).Succeeded);
        await editor.MoveToTrashAsync(id, "ada", TestContext.Current.CancellationToken);
        Assert.True((await editor.PurgeFromTrashAsync(id, "ada", TestContext.Current.CancellationToken)).Succeeded);

        await using var db = database.CreateDbContext();
        Assert.False(await db.Papers.AnyAsync(p => p.Id == id, cancellationToken: TestContext.Current.CancellationToken));
        Assert.False(await db.PaperRevisions.AnyAsync(r => r.PaperId == id, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldRevertAnEditAsANewRevision()
    {
        var loaded = await LoadAsync(Clipa);
        loaded.Form.Title = "CLIPA v2";
        loaded.Form.Links.RemoveAt(0);
        await editor.UpdateAsync(loaded.Id, loaded.Form, "grace", ct: TestContext.Current.CancellationToken);
        var edit = (await RevisionsAsync(loaded.Id)).Last();

        var reverted = await editor.RevertAsync(edit.Id, "ada", TestContext.Current.CancellationToken);

        Assert.True(reverted.Succeeded, reverted.Message);
        var paper = await PaperAsync(loaded.Id);
        Assert.Equal((Clipa, 2, 3), (paper.Title, paper.Links.Count, paper.Version));
        Assert.Equal("2305.07017", paper.ArxivId);
        var last = (await RevisionsAsync(loaded.Id)).Last();
        Assert.Equal(("ada", RevisionKind.Updated), (last.Actor, last.Kind));
        Assert.StartsWith($"reverted revision #{edit.Id}: title, links changed", last.Summary, StringComparison.Ordinal);
        Assert.Equal(new FieldChange(PaperField.Title, "CLIPA v2", Clipa), RevisionChanges.Parse(last.Changes)[0]);
    }

    [Fact]
    public async Task ShouldRevertTheTitleLinkAuthorsVenueDateAndColumnsToo()
    {
        var loaded = await LoadAsync(Clipa);
        var before = loaded.Form;
        var edit = (await LoadAsync(Clipa)).Form;
        (edit.Url, edit.Authors, edit.Venue, edit.Year, edit.Month, edit.Day) = ("https://example.org/clipa", "A. Author", "ICLR", 2024, 5, 7);
        edit.Extras = [new ExtraForm { Label = "Task", Text = "Retrieval" }];
        Assert.IsType<PaperSaved>(await editor.UpdateAsync(loaded.Id, edit, "grace", ct: TestContext.Current.CancellationToken));
        var revision = (await RevisionsAsync(loaded.Id)).Last();

        var reverted = await editor.RevertAsync(revision.Id, "ada", TestContext.Current.CancellationToken);

        Assert.True(reverted.Succeeded, reverted.Message);
        var paper = await PaperAsync(loaded.Id);
        Assert.Equal((before.Url, before.Authors, before.Venue, before.Year, before.Month, before.Day), (paper.Url, paper.Authors, paper.Venue, paper.Year, paper.Month, paper.Day));
        Assert.Equal(before.Extras.Select(e => new ExtraField(e.Label!, e.Text ?? "")), paper.Extras);
    }

    [Fact]
    public async Task ShouldRevertAnImportersChange()
    {
        var importer = Importers.For(database);
        await importer.ImportFileAsync(Repo.Fixture("typo-fixed.md"), TestContext.Current.CancellationToken);
        await using var db = database.CreateDbContext();
        var revision = await db.PaperRevisions.OrderBy(r => r.Id).LastAsync(r => r.Actor == "importer" && r.Kind == RevisionKind.Updated, cancellationToken: TestContext.Current.CancellationToken);

        var reverted = await editor.RevertAsync(revision.Id, "ada", TestContext.Current.CancellationToken);

        Assert.True(reverted.Succeeded, reverted.Message);
        Assert.Equal(Clipa, (await PaperAsync(revision.PaperId)).Title);
    }

    [Fact]
    public async Task ShouldUndoADeletionAndACreationByReverting()
    {
        var id = (await LoadAsync(LessIsMore)).Id;
        await editor.MoveToTrashAsync(id, "ada", TestContext.Current.CancellationToken);
        var deletion = (await RevisionsAsync(id)).Last();

        Assert.True((await editor.RevertAsync(deletion.Id, "ada", TestContext.Current.CancellationToken)).Succeeded);
        Assert.Null((await PaperAsync(id)).DeletedAt);

        var created = Assert.IsType<PaperSaved>(await editor.CreateAsync(await NewFormAsync("Oops"), "ada", TestContext.Current.CancellationToken));
        var creation = Assert.Single(await RevisionsAsync(created.PaperId));
        Assert.True((await editor.RevertAsync(creation.Id, "ada", TestContext.Current.CancellationToken)).Succeeded);
        Assert.NotNull((await PaperAsync(created.PaperId)).DeletedAt);
    }

    [Fact]
    public async Task ShouldNotBeStoppedByAFailingListener()
    {
        var failing = Editors.Papers(database, clock, new FailingListener(), listener);

        var saved = await failing.CreateAsync(await NewFormAsync("Still saved"), "ada", TestContext.Current.CancellationToken);

        Assert.True(Assert.IsType<PaperSaved>(saved).Changed);
        Assert.Single(listener.Calls);
    }

    private sealed class FailingListener : ICatalogChangeListener
    {
        public Task PapersChangedAsync(IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken) => throw new InvalidOperationException("index down");
    }

    private async Task<PaperForm> NewFormAsync(string title, string category = "Distillation")
    {
        var form = editor.NewForm(await CategoryIdAsync(category));
        form.Title = title;
        form.Abstract = "一个数据集基准.";
        form.Links.Add(new LinkForm { Label = "Paper", Url = "https://arxiv.org/pdf/2304.14108" });
        return form;
    }

    private async Task<int> CategoryIdAsync(string name)
    {
        await using var db = database.CreateDbContext();
        return await db.Categories.Where(c => c.Name == name).Select(c => c.Id).SingleAsync();
    }

    private async Task<EditablePaper> LoadAsync(string title)
    {
        await using var db = database.CreateDbContext();
        var id = await db.Papers.Where(p => p.Title == title).Select(p => p.Id).SingleAsync();
        return (await editor.LoadAsync(id))!;
    }

    private async Task<Paper> PaperAsync(int id)
    {
        await using var db = database.CreateDbContext();
        return await db.Papers.IncludingTrash().Include(p => p.Links).Include(p => p.Figures).Include(p => p.Baseline).SingleAsync(p => p.Id == id);
    }

    private async Task<List<PaperRevision>> RevisionsAsync(int id)
    {
        await using var db = database.CreateDbContext();
        return await db.PaperRevisions.Where(r => r.PaperId == id).OrderBy(r => r.Id).ToListAsync();
    }
}

public sealed class PaperEditorTestsOnSqlite() : PaperEditorTests(TestProvider.Sqlite);

public sealed class PaperEditorTestsOnPostgreSql() : PaperEditorTests(TestProviders.PostgreSqlOrSkip());
