using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AwesomeClip.Core.ChangeLog;

/// <summary>
/// The papers a pending save touches, taken from the change tracker before the save: papers, their links and figures,
/// and every paper of a renamed, reordered or moved category and of the sections under it (the index stores the
/// category's path and order). New rows get their ids from the save, so they are read afterwards.
/// </summary>
internal sealed class TouchedPapers
{
    private readonly HashSet<int> known = [];
    private readonly List<EntityEntry> added = [];
    private readonly HashSet<int> categories = [];

    public bool IsEmpty => known.Count == 0 && added.Count == 0 && categories.Count == 0;

    public static TouchedPapers Capture(ChangeTracker tracker)
    {
        var touched = new TouchedPapers();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Paper or PaperLink or PaperFigure when entry.State == EntityState.Added:
                    touched.added.Add(entry);
                    break;
                case Paper paper:
                    touched.known.Add(paper.Id);
                    break;
                case PaperLink link:
                    touched.known.Add(link.PaperId);
                    touched.known.Add((int)entry.Property(nameof(PaperLink.PaperId)).OriginalValue!);
                    break;
                case PaperFigure figure:
                    touched.known.Add(figure.PaperId);
                    touched.known.Add((int)entry.Property(nameof(PaperFigure.PaperId)).OriginalValue!);
                    break;
                case Category category when entry.State == EntityState.Modified:
                    touched.categories.Add(category.Id);
                    break;
            }
        }
        return touched;
    }

    public IReadOnlyList<int> Resolve(DbContext db)
    {
        if (categories.Count == 0) return Combine([]);
        var nodes = db.Set<Category>().IncludingTrash().AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToList();
        return Combine(CategoryPapers(db, Subtrees(nodes.Select(n => (n.Id, n.ParentId)))).ToList());
    }

    public async Task<IReadOnlyList<int>> ResolveAsync(DbContext db, CancellationToken ct)
    {
        if (categories.Count == 0) return Combine([]);
        var nodes = await db.Set<Category>().IncludingTrash().AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToListAsync(ct).ConfigureAwait(false);
        return Combine(await CategoryPapers(db, Subtrees(nodes.Select(n => (n.Id, n.ParentId)))).ToListAsync(ct).ConfigureAwait(false));
    }

    /// <summary>The changed categories and every category under them.</summary>
    private List<int> Subtrees(IEnumerable<(int Id, int? ParentId)> nodes) => CategoryTree.WithDescendants(nodes, categories);

    private static IQueryable<int> CategoryPapers(DbContext db, List<int> ids) =>
        db.Set<Paper>().IncludingTrash().Where(p => ids.Contains(p.CategoryId)).Select(p => p.Id);

    private List<int> Combine(IEnumerable<int> categoryPapers)
    {
        var all = new SortedSet<int>(known);
        all.UnionWith(categoryPapers);
        foreach (var entry in added)
        {
            all.Add(entry.Entity switch
            {
                Paper p => p.Id,
                PaperLink l => l.PaperId,
                PaperFigure f => f.PaperId,
                _ => 0,
            });
        }
        all.RemoveWhere(id => id <= 0);
        return [.. all];
    }
}
