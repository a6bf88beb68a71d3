using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AwesomeClip.Core.ChangeLog;

/// <summary>
/// The papers a pending save touches, taken from the change tracker before the save: papers, their links and figures,
/// and every paper of a renamed or reordered category (the index stores the category's name). New rows get their ids
/// from the save, so they are read afterwards.
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

    public IReadOnlyList<int> Resolve(CatalogDbContext db) => Combine(CategoryPapers(db).ToList());

    public async Task<IReadOnlyList<int>> ResolveAsync(CatalogDbContext db, CancellationToken ct) =>
        Combine(await CategoryPapers(db).ToListAsync(ct).ConfigureAwait(false));

    private IQueryable<int> CategoryPapers(CatalogDbContext db)
    {
        var ids = categories.ToList();
        return db.Papers.IncludingTrash().Where(p => ids.Contains(p.CategoryId)).Select(p => p.Id);
    }

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
