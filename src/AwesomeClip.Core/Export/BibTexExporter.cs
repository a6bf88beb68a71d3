using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Export;

/// <summary>Loads papers from the catalog and writes them with <see cref="BibTexWriter"/>.</summary>
public sealed class BibTexExporter(IDbContextFactory<CatalogDbContext> dbFactory)
{
    /// <summary>Null when there is no such paper (or it is in the trash).</summary>
    public async Task<string?> ForPaperAsync(int id, CancellationToken cancellationToken = default)
    {
        var papers = await LoadAsync(q => q.Where(p => p.Id == id), cancellationToken).ConfigureAwait(false);
        return papers.Count == 0 ? null : BibTexWriter.ForPaper(papers[0]);
    }

    /// <summary>A search result: the papers in the order of <paramref name="ids"/>; unknown ids are left out.</summary>
    public async Task<string> ForPapersAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var papers = await LoadAsync(q => q.Where(p => ids.Contains(p.Id)), cancellationToken).ConfigureAwait(false);
        var byId = papers.ToDictionary(p => p.Id);
        return BibTexWriter.ForPapers(ids.Distinct().Where(byId.ContainsKey).Select(id => byId[id]));
    }

    /// <summary>Null when there is no category with that slug.</summary>
    public async Task<string?> ForCategoryAsync(string slug, CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken).ConfigureAwait(false);
            if (category is null) return null;
            // A section that groups others cites the papers of all of them.
            var ids = await CatalogQueries.SubtreeIdsAsync(db, slug, cancellationToken).ConfigureAwait(false) ?? [];
            var papers = await Query(db).Where(p => ids.Contains(p.CategoryId)).ToListAsync(cancellationToken).ConfigureAwait(false);
            category.Papers.AddRange(papers);
            return BibTexWriter.ForCategory(category);
        }
    }

    private async Task<List<Paper>> LoadAsync(Func<IQueryable<Paper>, IQueryable<Paper>> filter, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await filter(Query(db)).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static IQueryable<Paper> Query(CatalogDbContext db) =>
        db.Papers.AsNoTracking().Where(p => p.DeletedAt == null).Include(p => p.Category).Include(p => p.Links).AsSplitQuery();
}
