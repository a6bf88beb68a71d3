using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.ChangeLog;
using AwesomeClip.Core.Messages;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Admin;

/// <summary>A category as the admin pages list it: live papers and papers in the trash counted apart.</summary>
public sealed record AdminCategory(int Id, string Name, string Slug, int Order, int Papers, int Trashed)
{
    /// <summary>The category this one is a section of; null at the top of the tree.</summary>
    public int? ParentId { get; init; }

    public int Depth { get; init; }
}

public sealed record CategoryOutcome(bool Succeeded, CoreMessage Text, int? CategoryId = null)
{
    public string Message => Text.ToString();
}

/// <summary>
/// Creates, renames (the slug, and so every link to the category, stays), reorders and deletes categories. A category
/// is deleted only when it holds no papers, or after its papers were moved to another one (each with a revision).
/// </summary>
public sealed class CategoryEditor(
    IDbContextFactory<CatalogDbContext> dbFactory,
    IEnumerable<ICatalogChangeListener> listeners,
    TimeProvider clock,
    ILogger<CategoryEditor> logger)
{
    public const int MaxNameLength = 200;

    public async Task<IReadOnlyList<AdminCategory>> ListAsync(CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var flat = await db.Categories.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Id)
                .Select(c => new AdminCategory(c.Id, c.Name, c.Slug, c.Order, c.Papers.Count,
                    db.Papers.IncludingTrash().Count(p => p.CategoryId == c.Id && p.DeletedAt != null)) { ParentId = c.ParentId })
                .ToListAsync(ct).ConfigureAwait(false);
            var byId = flat.ToDictionary(c => c.Id);
            int Depth(AdminCategory c)
            {
                var d = 0;
                for (var p = c.ParentId; p is { } id && byId.TryGetValue(id, out var parent) && d < 16; p = parent.ParentId) d++;
                return d;
            }
            return flat.Select(c => c with { Depth = Depth(c) }).ToList();
        }
    }

    /// <summary>Creates a category, at the end of the list or as the last section of <paramref name="parentId"/>.</summary>
    public Task<CategoryOutcome> CreateAsync(string? name, string actor, CancellationToken ct = default) => CreateAsync(name, actor, null, ct);

    /// <inheritdoc cref="CreateAsync(string?, string, CancellationToken)"/>
    public Task<CategoryOutcome> CreateAsync(string? name, string actor, int? parentId, CancellationToken ct = default) =>
        InTransactionAsync(async db =>
        {
            if (await NameProblemAsync(db, name, null, parentId, ct).ConfigureAwait(false) is { } problem) return (new CategoryOutcome(false, problem), []);
            // Slugs stay unique across the trash too: a trashed category comes back with its address.
            var all = await db.Categories.IncludingTrash().ToListAsync(ct).ConfigureAwait(false);
            var parent = parentId is { } pid ? all.FirstOrDefault(c => c.Id == pid && c.DeletedAt == null) : null;
            if (parentId is not null && parent is null) return (new CategoryOutcome(false, EditorMessages.ParentUnknownForNew), []);
            var trimmed = name!.Trim();
            var category = new Category
            {
                Name = trimmed,
                Slug = Catalog.Slug.Unique(trimmed, parent?.Name, all.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal)),
                Order = int.MaxValue,
                Parent = parent,
            };
            db.Categories.Add(category);
            CategoryOrdering.Renumber([.. all.Where(c => c.DeletedAt == null), category]);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            logger.LogInformation("{Actor} created category {CategoryId} '{Name}'", actor, category.Id, category.Name);
            return (new CategoryOutcome(true, EditorMessages.CategoryCreated.With(trimmed), category.Id), []);
        }, ct);

    /// <summary>Renames; the slug stays, so links to the category keep working.</summary>
    public Task<CategoryOutcome> RenameAsync(int categoryId, string? name, string actor, CancellationToken ct = default) =>
        InTransactionAsync(async db =>
        {
            var category = await LiveAsync(db, categoryId, ct).ConfigureAwait(false);
            if (category is null) return (Missing(categoryId), []);
            if (await NameProblemAsync(db, name, categoryId, category.ParentId, ct).ConfigureAwait(false) is { } problem) return (new CategoryOutcome(false, problem, categoryId), []);
            var old = category.Name;
            category.Name = name!.Trim();
            if (old == category.Name) return (new CategoryOutcome(true, EditorMessages.NameUnchanged, categoryId), []);
            logger.LogInformation("{Actor} renamed category {CategoryId} '{Old}' to '{Name}'", actor, categoryId, old, category.Name);
            var papers = await db.Papers.Where(p => p.CategoryId == categoryId).Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
            return (new CategoryOutcome(true, EditorMessages.Renamed.With(old, category.Name), categoryId), papers);
        }, ct);

    /// <summary>
    /// Moves the category one place up (<paramref name="offset"/> -1) or down (+1) among the categories beside it (its
    /// siblings in the tree), with its sections.
    /// </summary>
    public Task<CategoryOutcome> MoveAsync(int categoryId, int offset, CancellationToken ct = default) =>
        InTransactionAsync(async db =>
        {
            var live = await db.Categories.OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(ct).ConfigureAwait(false);
            var category = live.FirstOrDefault(c => c.Id == categoryId);
            if (category is null) return (Missing(categoryId), []);
            var siblings = live.Where(c => c.ParentId == category.ParentId).ToList();
            var at = siblings.IndexOf(category);
            var to = at + Math.Sign(offset);
            if (offset == 0 || to < 0 || to >= siblings.Count)
                return (new CategoryOutcome(false, (offset < 0 ? EditorMessages.AlreadyFirst : EditorMessages.AlreadyLast).With(category.Name), categoryId), []);
            (siblings[at].Order, siblings[to].Order) = (siblings[to].Order, siblings[at].Order);
            CategoryOrdering.Renumber(live);
            return (new CategoryOutcome(true, (offset < 0 ? EditorMessages.MovedUp : EditorMessages.MovedDown).With(category.Name), categoryId), []);
        }, ct);

    /// <summary>Puts the category (with its sections) under another one, as its last section, or at the top level (null).</summary>
    public Task<CategoryOutcome> SetParentAsync(int categoryId, int? parentId, string actor, CancellationToken ct = default) =>
        InTransactionAsync(async db =>
        {
            var live = await db.Categories.OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(ct).ConfigureAwait(false);
            var category = live.FirstOrDefault(c => c.Id == categoryId);
            if (category is null) return (Missing(categoryId), []);
            if (category.ParentId == parentId) return (new CategoryOutcome(true, EditorMessages.AlreadyThere, categoryId), []);
            var parent = parentId is { } pid ? live.FirstOrDefault(c => c.Id == pid) : null;
            if (parentId is not null && parent is null) return (new CategoryOutcome(false, EditorMessages.ParentUnknown, categoryId), []);
            for (var p = parent; p is not null; p = live.FirstOrDefault(c => c.Id == p.ParentId))
            {
                if (p.Id == categoryId) return (new CategoryOutcome(false, EditorMessages.UnderItself.With(category.Name), categoryId), []);
            }
            if (await NameProblemAsync(db, category.Name, categoryId, parentId, ct).ConfigureAwait(false) is { } problem) return (new CategoryOutcome(false, problem, categoryId), []);
            category.Parent = parent;
            category.ParentId = parent?.Id;
            category.Order = int.MaxValue; // last among its new siblings
            CategoryOrdering.Renumber(live);
            logger.LogInformation("{Actor} moved category {CategoryId} '{Name}' under {Parent}", actor, categoryId, category.Name, parent?.Name ?? "the top level");
            var papers = await db.Papers.Where(p => p.CategoryId == categoryId).Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
            return (new CategoryOutcome(true, parent is null ? EditorMessages.NowTopLevel.With(category.Name) : EditorMessages.NowUnder.With(category.Name, parent.Name), categoryId), papers);
        }, ct);

    /// <summary>
    /// Deletes the category. When it still holds papers, <paramref name="moveTo"/> names the category they move to
    /// first (each move is recorded in the paper's history); without it the delete is refused.
    /// </summary>
    public Task<CategoryOutcome> DeleteAsync(int categoryId, int? moveTo, string actor, CancellationToken ct = default) =>
        InTransactionAsync(async db =>
        {
            var category = await LiveAsync(db, categoryId, ct).ConfigureAwait(false);
            if (category is null) return (Missing(categoryId), []);
            var sections = await db.Categories.CountAsync(c => c.ParentId == categoryId, ct).ConfigureAwait(false);
            if (sections > 0)
                return (new CategoryOutcome(false, EditorMessages.HasSections.With(category.Name, sections), categoryId), []);
            var papers = await db.Papers.IncludingTrash().Include(p => p.Links).Include(p => p.Figures).AsSplitQuery()
                .Where(p => p.CategoryId == categoryId).ToListAsync(ct).ConfigureAwait(false);
            var live = papers.Where(p => p.DeletedAt is null).ToList();
            var moved = new List<int>();
            if (live.Count > 0)
            {
                if (moveTo is null)
                    return (new CategoryOutcome(false, EditorMessages.HasPapers.With(category.Name, live.Count), categoryId), []);
                var target = await LiveAsync(db, moveTo.Value, ct).ConfigureAwait(false);
                if (target is null || target.Id == categoryId)
                    return (new CategoryOutcome(false, EditorMessages.MoveTargetUnknown, categoryId), []);
                var now = clock.GetUtcNow().UtcDateTime;
                var position = (await db.Papers.IncludingTrash().Where(p => p.CategoryId == target.Id).MaxAsync(p => (int?)p.Position, ct).ConfigureAwait(false) ?? -1) + 1;
                foreach (var paper in live.OrderBy(p => p.Position))
                {
                    paper.Category = target;
                    paper.CategoryId = target.Id;
                    paper.Position = position++;
                    paper.Version++;
                    paper.UpdatedAt = now;
                    db.PaperRevisions.Add(new PaperRevision
                    {
                        PaperId = paper.Id,
                        At = now,
                        Actor = actor,
                        Kind = RevisionKind.Updated,
                        Summary = $"category changed: '{category.Name}' was deleted",
                        Changes = RevisionChanges.Serialize([new FieldChange(PaperField.Category, category.Name, target.Name)]),
                    });
                    moved.Add(paper.Id);
                }
            }
            // Papers in the trash still point at it: keep it hidden for them (restoring one brings it back).
            if (papers.Count > live.Count) category.DeletedAt = clock.GetUtcNow().UtcDateTime;
            else db.Categories.Remove(category);
            logger.LogInformation("{Actor} deleted category {CategoryId} '{Name}', moving {Count} paper(s)", actor, categoryId, category.Name, moved.Count);
            var done = moved.Count > 0 ? EditorMessages.CategoryDeletedPapersMoved.With(category.Name, moved.Count) : EditorMessages.CategoryDeleted.With(category.Name);
            return (new CategoryOutcome(true, done, categoryId), moved);
        }, ct);

    private async Task<CategoryOutcome> InTransactionAsync(Func<CatalogDbContext, Task<(CategoryOutcome Outcome, IReadOnlyCollection<int> Papers)>> work, CancellationToken ct)
    {
        (CategoryOutcome Outcome, IReadOnlyCollection<int> Papers) result;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                // The work may save on its own (a new category needs its id): count what every save wrote.
                var saved = 0;
                db.SavedChanges += (_, e) => saved += e.EntitiesSavedCount;
                result = await work(db).ConfigureAwait(false);
                if (!result.Outcome.Succeeded) return result.Outcome;
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                // A tree change that touched no paper (a new, empty section) still tells every instance to drop its pages.
                if (saved > 0 && db.RecordedPaperIds.Count == 0) await CatalogChangeLog.RecordAsync(db, [], ct, treeChanged: true).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                // The save also names the papers of every category it renamed, renumbered or moved, and of those under them.
                result.Papers = [.. result.Papers.Union(db.RecordedPaperIds)];
            }
        }
        await CatalogListeners.NotifyAsync(listeners, result.Papers, logger, ct).ConfigureAwait(false);
        return result.Outcome;
    }

    /// <summary>Names are unique among the categories beside each other: "Generation" may stand under "Vision" and under "Audio".</summary>
    private static async Task<CoreMessage?> NameProblemAsync(CatalogDbContext db, string? name, int? selfId, int? parentId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name)) return EditorMessages.NameMissing;
        var trimmed = name.Trim();
        if (trimmed.Length > MaxNameLength) return EditorMessages.NameTooLong.With(MaxNameLength);
        if (trimmed.Any(char.IsControl)) return EditorMessages.NameNotOneLine;
        if (VisibleText.Problem(trimmed, CharacterMessages.TheName) is { } hidden) return hidden;
        var key = TitleKey.Of(trimmed);
        var names = await db.Categories.AsNoTracking().Where(c => c.Id != selfId && c.ParentId == parentId).Select(c => c.Name).ToListAsync(ct).ConfigureAwait(false);
        return names.Any(n => TitleKey.Of(n) == key) ? (parentId is null ? EditorMessages.NameTaken : EditorMessages.NameTakenInSection).With(trimmed) : null;
    }

    private static Task<Category?> LiveAsync(CatalogDbContext db, int id, CancellationToken ct) =>
        db.Categories.SingleOrDefaultAsync(c => c.Id == id, ct);

    private static CategoryOutcome Missing(int id) => new(false, EditorMessages.NoSuchCategory.With(id), id);
}
