using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Messages;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Admin;

/// <summary>
/// Maintainers' edits to papers. Each operation validates again (nothing invalid reaches the database), runs in one
/// transaction, writes a <see cref="PaperRevision"/>, bumps <see cref="Paper.Version"/> and tells the listeners after
/// the commit. The paper's baseline is left alone: the next import compares these edits against it.
/// </summary>
public sealed class PaperEditor(
    IDbContextFactory<CatalogDbContext> dbFactory,
    IEnumerable<ICatalogChangeListener> listeners,
    TimeProvider clock,
    ILogger<PaperEditor> logger)
{
    public const int MaxFigures = 10;

    /// <summary>A blank form for a new paper (this year, the given category).</summary>
    public PaperForm NewForm(int? categoryId = null) => new() { CategoryId = categoryId, Year = clock.GetUtcNow().Year };

    public async Task<EditablePaper?> LoadAsync(int paperId, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var paper = await Papers(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == paperId, ct).ConfigureAwait(false);
            return paper is null ? null : new EditablePaper(paper.Id, paper.Title, PaperDrafts.ToForm(paper), paper.DeletedAt is not null, paper.UpdatedAt);
        }
    }

    /// <summary>Creates a paper; submitting the same form (same <see cref="PaperForm.CreationToken"/>) again finds it instead.</summary>
    public Task<SaveResult> CreateAsync(PaperForm form, string actor, CancellationToken ct = default) => CreateAsync(form, actor, PaperCreation.InTheApp, ct);

    /// <summary>
    /// Creates a paper like <see cref="CreateAsync(PaperForm, string, CancellationToken)"/>, with <paramref name="creation"/>'s
    /// steps in the same transaction (accepting a reader's suggestion): its claim before anything is checked or written
    /// (a result it returns is a refusal, and nothing is written), its link once the paper has its id.
    /// </summary>
    internal async Task<SaveResult> CreateAsync(PaperForm form, string actor, PaperCreation creation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                if (await CreatedWithAsync(db, form.CreationToken, ct).ConfigureAwait(false) is { } existing) return existing;
                if (creation.Claim is not null && await creation.Claim(db, ct).ConfigureAwait(false) is { } refused) return refused;
                var errors = PaperFormRules.Validate(form, clock);
                if (errors.Count > 0) return new PaperInvalid(errors);
                var values = PaperDrafts.FromForm(form);
                errors = await CheckAsync(db, values, null, [], ct).ConfigureAwait(false);
                if (errors.Count > 0) return new PaperInvalid(errors);

                var category = await db.Categories.SingleAsync(c => c.Id == values.CategoryId, ct).ConfigureAwait(false);
                var now = Now;
                var paper = new Paper
                {
                    Title = values.Title,
                    Position = await NextPositionAsync(db, category.Id, ct).ConfigureAwait(false),
                    CreatedAt = now,
                    UpdatedAt = now,
                    Version = 1,
                    CreationToken = form.CreationToken,
                };
                values.WriteTo(paper, PaperValues.Fields, category);
                db.Papers.Add(paper);
                try
                {
                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                }
                catch (DbUpdateException)
                {
                    // Another request created the paper from the same form first (the token is unique).
                    if (await CreatedElsewhereAsync(form.CreationToken, ct).ConfigureAwait(false) is { } twin) return twin;
                    throw;
                }
                var changes = PaperValues.Fields
                    .Select(f => new FieldChange(f, null, values.Text(f, _ => category.Name)))
                    .Where(c => c.New is not null && c.New != "[]")
                    .ToList();
                db.PaperRevisions.Add(Revision(paper.Id, now, actor, RevisionKind.Created, creation.Summary, changes));
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                if (creation.Link is not null) await creation.Link(db, paper.Id, ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                logger.LogInformation("{Actor} created paper {PaperId} '{Title}'", actor, paper.Id, paper.Title);
                await NotifyAsync(paper.Id, ct).ConfigureAwait(false);
                return new PaperSaved(paper.Id, paper.Version, true);
            }
        }
    }

    /// <summary>
    /// Saves the form over the paper if it is still at <see cref="PaperForm.Version"/>; otherwise returns an
    /// <see cref="EditConflict"/> (unless the stored values already equal the form's: a repeated submit).
    /// To overwrite after a conflict ("keep mine"), save again with the conflict's <see cref="EditConflict.StoredVersion"/>.
    /// </summary>
    /// <param name="why">Said in the revision's summary after the fields it changed, e.g. where the change came from.</param>
    public async Task<SaveResult> UpdateAsync(int paperId, PaperForm form, string actor, string? why = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = PaperFormRules.Validate(form, clock);
        if (errors.Count > 0) return new PaperInvalid(errors);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var paper = await Papers(db).SingleOrDefaultAsync(p => p.Id == paperId, ct).ConfigureAwait(false);
                if (paper is null) return new PaperMissing(EditorMessages.NoSuchPaper.With(paperId));
                if (paper.DeletedAt is not null) return new PaperMissing(EditorMessages.TrashedMeanwhile.With(paperId));
                var values = PaperDrafts.FromForm(form);
                errors = await CheckAsync(db, values, paper.Id, paper.Figures.Select(f => f.Path), ct).ConfigureAwait(false);
                if (errors.Count > 0) return new PaperInvalid(errors);

                var stored = PaperValues.Of(paper);
                if (paper.Version != form.Version)
                {
                    if (stored.SameEverywhere(values)) return new PaperSaved(paper.Id, paper.Version, false);
                    return await ConflictAsync(db, paper, values, ct).ConfigureAwait(false);
                }
                var changes = await WriteAsync(db, paper, values, ct).ConfigureAwait(false);
                if (changes.Count == 0) return new PaperSaved(paper.Id, paper.Version, false);
                var summary = $"{RevisionChanges.Names(changes.Select(c => c.Field))} changed" + (string.IsNullOrWhiteSpace(why) ? "" : $": {why.Trim()}");
                db.PaperRevisions.Add(Revision(paper.Id, Now, actor, RevisionKind.Updated, summary, changes));
                try
                {
                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return await ConflictAfterRaceAsync(paperId, values, ct).ConfigureAwait(false);
                }
                await tx.CommitAsync(ct).ConfigureAwait(false);
                await NotifyAsync(paper.Id, ct).ConfigureAwait(false);
                return new PaperSaved(paper.Id, paper.Version, true);
            }
        }
    }

    public Task<EditOutcome> MoveToTrashAsync(int paperId, string actor, CancellationToken ct = default) =>
        InTransactionAsync(paperId, (db, paper) => Task.FromResult(Trash(db, paper, actor, "moved to the trash")), ct);

    public Task<EditOutcome> RestoreAsync(int paperId, string actor, CancellationToken ct = default) =>
        InTransactionAsync(paperId, (db, paper) => RestoreAsync(db, paper, actor, "restored from the trash", ct), ct);

    /// <summary>Deletes a paper in the trash for good, with its history.</summary>
    public Task<EditOutcome> PurgeFromTrashAsync(int paperId, string actor, CancellationToken ct = default) =>
        InTransactionAsync(paperId, (db, paper) =>
        {
            if (paper.DeletedAt is null) return Task.FromResult(EditOutcome.Refused(EditorMessages.NotInTrashToPurge.With(paper.Title), paper.Id));
            db.Papers.Remove(paper);
            logger.LogInformation("{Actor} deleted paper {PaperId} '{Title}' for good", actor, paper.Id, paper.Title);
            return Task.FromResult(EditOutcome.Done(EditorMessages.Purged.With(paper.Title), paper.Id));
        }, ct);

    /// <summary>Puts back the values a revision replaced, as a new revision (undoing a creation trashes, undoing a deletion restores).</summary>
    public async Task<EditOutcome> RevertAsync(int revisionId, string actor, CancellationToken ct = default)
    {
        int paperId;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var found = await db.PaperRevisions.AsNoTracking().Where(r => r.Id == revisionId).Select(r => (int?)r.PaperId).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (found is null) return EditOutcome.Refused(EditorMessages.NoSuchRevision.With(revisionId));
            paperId = found.Value;
        }
        return await InTransactionAsync(paperId, async (db, paper) =>
        {
            var revision = await db.PaperRevisions.SingleAsync(r => r.Id == revisionId, ct).ConfigureAwait(false);
            var summary = $"reverted revision #{revision.Id}";
            return revision.Kind switch
            {
                RevisionKind.Created or RevisionKind.Restored => Trash(db, paper, actor, $"{summary}: moved to the trash"),
                RevisionKind.Deleted => await RestoreAsync(db, paper, actor, $"{summary}: restored from the trash", ct).ConfigureAwait(false),
                RevisionKind.Flagged => EditOutcome.Refused(EditorMessages.NothingToRevert, paper.Id),
                _ => await RevertUpdateAsync(db, paper, revision, actor, summary, ct).ConfigureAwait(false),
            };
        }, ct).ConfigureAwait(false);
    }

    private async Task<EditOutcome> RevertUpdateAsync(CatalogDbContext db, Paper paper, PaperRevision revision, string actor, string summary, CancellationToken ct)
    {
        if (paper.DeletedAt is not null) return EditOutcome.Refused(EditorMessages.RestoreBeforeRevert.With(paper.Title), paper.Id);
        var old = PaperValues.Of(paper);
        foreach (var change in RevisionChanges.Parse(revision.Changes))
        {
            var categoryId = change.Field == PaperField.Category
                ? await db.Categories.Where(c => c.Name == change.Old).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false)
                : null;
            if (old.WithText(change.Field, change.Old, categoryId) is not { } reverted) return EditOutcome.Refused(CannotRevert(change), paper.Id);
            old = reverted;
        }
        var form = PaperDrafts.ToForm(old, paper.CreationToken, paper.Version);
        var errors = PaperFormRules.Validate(form, clock);
        var values = PaperDrafts.FromForm(form);
        if (errors.Count == 0) errors = await CheckAsync(db, values, paper.Id, null, ct).ConfigureAwait(false);
        if (errors.Count > 0) return EditOutcome.Refused(EditorMessages.OldValuesInvalid.With(new MessageList(errors.Select(e => e.Text))), paper.Id);
        var changes = await WriteAsync(db, paper, values, ct).ConfigureAwait(false);
        if (changes.Count == 0) return EditOutcome.Refused(EditorMessages.AlreadyReverted.With(paper.Title, revision.Id), paper.Id);
        db.PaperRevisions.Add(Revision(paper.Id, Now, actor, RevisionKind.Updated, $"{summary}: {RevisionChanges.Names(changes.Select(c => c.Field))} changed", changes));
        return EditOutcome.Done(EditorMessages.Reverted.With(revision.Id, paper.Title), paper.Id);
    }

    private static CoreMessage CannotRevert(FieldChange change) => change.Field switch
    {
        PaperField.Category => EditorMessages.CategoryGone.With(change.Old),
        PaperField.Date => EditorMessages.DateUnreadable.With(change.Old),
        _ => EditorMessages.FieldUnreadable.With(change.Field.Said()),
    };

    private EditOutcome Trash(CatalogDbContext db, Paper paper, string actor, string summary)
    {
        if (paper.DeletedAt is not null) return EditOutcome.Refused(EditorMessages.AlreadyInTrash.With(paper.Title), paper.Id);
        var now = Now;
        paper.DeletedAt = now;
        Touch(paper, now);
        db.PaperRevisions.Add(Revision(paper.Id, now, actor, RevisionKind.Deleted, summary, []));
        return EditOutcome.Done(EditorMessages.MovedToTrash.With(paper.Title), paper.Id);
    }

    private async Task<EditOutcome> RestoreAsync(CatalogDbContext db, Paper paper, string actor, string summary, CancellationToken ct)
    {
        if (paper.DeletedAt is null) return EditOutcome.Refused(EditorMessages.NotInTrash.With(paper.Title), paper.Id);
        if (await SameTitleAsync(db, paper.Title, paper.CategoryId, paper.Id, ct).ConfigureAwait(false) is { } twin)
            return EditOutcome.Refused(EditorMessages.RestoreTitleTaken.With(paper.Title, twin.Id), paper.Id);
        var now = Now;
        paper.DeletedAt = null;
        paper.Category.DeletedAt = null; // a category kept only for trashed papers comes back with them
        Touch(paper, now);
        db.PaperRevisions.Add(Revision(paper.Id, now, actor, RevisionKind.Restored, summary, []));
        return EditOutcome.Done(EditorMessages.Restored.With(paper.Title), paper.Id);
    }

    private async Task<EditOutcome> InTransactionAsync(int paperId, Func<CatalogDbContext, Paper, Task<EditOutcome>> work, CancellationToken ct)
    {
        EditOutcome outcome;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var paper = await Papers(db).SingleOrDefaultAsync(p => p.Id == paperId, ct).ConfigureAwait(false);
                if (paper is null) return EditOutcome.Refused(EditorMessages.NoSuchPaper.With(paperId));
                outcome = await work(db, paper).ConfigureAwait(false);
                if (!outcome.Succeeded) return outcome;
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
            }
        }
        await NotifyAsync(paperId, ct).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Writes the fields that differ, bumps the version; returns the changes as a revision records them.</summary>
    private async Task<IReadOnlyList<FieldChange>> WriteAsync(CatalogDbContext db, Paper paper, PaperValues values, CancellationToken ct)
    {
        var old = PaperValues.Of(paper);
        var fields = PaperValues.Fields.Where(f => !old.Same(values, f)).ToList();
        if (fields.Count == 0) return [];
        var names = await db.Categories.IncludingTrash().ToDictionaryAsync(c => c.Id, c => c.Name, ct).ConfigureAwait(false);
        string Name(PaperValues v) => names[v.CategoryId!.Value];
        var changes = fields.Select(f => new FieldChange(f, old.Text(f, Name), values.Text(f, Name))).ToList();
        var category = paper.Category;
        if (fields.Contains(PaperField.Category))
        {
            category = await db.Categories.SingleAsync(c => c.Id == values.CategoryId, ct).ConfigureAwait(false);
            paper.Position = await NextPositionAsync(db, category.Id, ct).ConfigureAwait(false);
        }
        values.WriteTo(paper, fields, category);
        Touch(paper, Now);
        return changes;
    }

    /// <summary>The rules that need the database: an existing category, a title no other paper has, figures uploaded here.</summary>
    private static async Task<IReadOnlyList<FieldError>> CheckAsync(
        CatalogDbContext db, PaperValues values, int? selfId, IEnumerable<string>? storedFigures, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (!await db.Categories.AnyAsync(c => c.Id == values.CategoryId, ct).ConfigureAwait(false))
            errors.Add(new FieldError(nameof(PaperForm.CategoryId), EditorMessages.CategoryUnknown));
        if (await SameTitleAsync(db, values.Title, values.CategoryId, selfId, ct).ConfigureAwait(false) is { } twin)
            errors.Add(new FieldError(nameof(PaperForm.Title), EditorMessages.TitleTaken.With(twin.Id, twin.Title)));
        if (values.Figures.Count > MaxFigures)
            errors.Add(new FieldError(nameof(PaperForm.Figures), EditorMessages.TooManyFigures.With(MaxFigures)));
        if (storedFigures is not null)
        {
            var known = storedFigures.ToHashSet(StringComparer.Ordinal);
            if (values.Figures.FirstOrDefault(f => !known.Contains(f) && !FigureStore.IsGeneratedPath(f)) is { } stranger)
                errors.Add(new FieldError(nameof(PaperForm.Figures), EditorMessages.FigureNotUploaded.With(stranger)));
        }
        return errors;
    }

    /// <summary>A live paper of the category with the same title: lists repeat a paper under several categories, never within one.</summary>
    private static async Task<(int Id, string Title)?> SameTitleAsync(CatalogDbContext db, string title, int? categoryId, int? selfId, CancellationToken ct)
    {
        var key = TitleKey.Of(title);
        var live = await db.Papers.AsNoTracking().Where(p => p.Id != selfId && p.CategoryId == categoryId)
            .Select(p => new { p.Id, p.Title }).ToListAsync(ct).ConfigureAwait(false);
        return live.Where(p => TitleKey.Of(p.Title) == key).Select(p => ((int, string)?)(p.Id, p.Title)).FirstOrDefault();
    }

    private static async Task<EditConflict> ConflictAsync(CatalogDbContext db, Paper paper, PaperValues mine, CancellationToken ct)
    {
        var stored = PaperValues.Of(paper);
        var last = await db.PaperRevisions.AsNoTracking().Where(r => r.PaperId == paper.Id)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return new EditConflict(paper.Id, paper.Version, PaperDrafts.ToForm(paper),
            PaperValues.Fields.Where(f => !stored.Same(mine, f)).ToList(), last?.Actor, last?.At);
    }

    private async Task<SaveResult> ConflictAfterRaceAsync(int paperId, PaperValues mine, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var paper = await Papers(db).AsNoTracking().SingleOrDefaultAsync(p => p.Id == paperId, ct).ConfigureAwait(false);
            if (paper is null || paper.DeletedAt is not null) return new PaperMissing(EditorMessages.DeletedMeanwhile.With(paperId));
            return await ConflictAsync(db, paper, mine, ct).ConfigureAwait(false);
        }
    }

    private static async Task<PaperSaved?> CreatedWithAsync(CatalogDbContext db, Guid token, CancellationToken ct) =>
        await db.Papers.IncludingTrash().AsNoTracking().Where(p => p.CreationToken == token)
            .Select(p => new PaperSaved(p.Id, p.Version, false)).FirstOrDefaultAsync(ct).ConfigureAwait(false);

    private async Task<PaperSaved?> CreatedElsewhereAsync(Guid token, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
            return await CreatedWithAsync(db, token, ct).ConfigureAwait(false);
    }

    private static async Task<int> NextPositionAsync(CatalogDbContext db, int categoryId, CancellationToken ct) =>
        (await db.Papers.IncludingTrash().Where(p => p.CategoryId == categoryId).MaxAsync(p => (int?)p.Position, ct).ConfigureAwait(false) ?? -1) + 1;

    /// <summary>Papers with their category, links and figures, the trash included (the editor says when a paper is in it).</summary>
    private static IQueryable<Paper> Papers(CatalogDbContext db) =>
        db.Papers.IncludingTrash().Include(p => p.Category).Include(p => p.Links).Include(p => p.Figures).AsSplitQuery();

    private static void Touch(Paper paper, DateTime now)
    {
        paper.Version++;
        paper.UpdatedAt = now;
    }

    private static PaperRevision Revision(int paperId, DateTime at, string actor, RevisionKind kind, string summary, IEnumerable<FieldChange> changes) => new()
    {
        PaperId = paperId,
        At = at,
        Actor = string.IsNullOrWhiteSpace(actor) ? "unknown" : actor.Trim(),
        Kind = kind,
        Summary = summary,
        Changes = RevisionChanges.Serialize(changes),
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private Task NotifyAsync(int paperId, CancellationToken ct) => CatalogListeners.NotifyAsync(listeners, [paperId], logger, ct);
}
