using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Reading;

/// <summary>The reads that pages, feeds and exports share: a category's subtree, the site's name.</summary>
public static class CatalogQueries
{
    /// <summary>
    /// The ids of the category named by <paramref name="slug"/> and of every section under it: what a page, a feed or
    /// a BibTeX file of a category takes. Null for no category; empty for an unknown slug.
    /// </summary>
    public static async Task<List<int>?> SubtreeIdsAsync(CatalogDbContext db, string? slug, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (slug is null) return null;
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Slug, c.ParentId }).ToListAsync(ct).ConfigureAwait(false);
        var root = all.FirstOrDefault(c => c.Slug == slug);
        if (root is null) return [];
        return CategoryTree.WithDescendants(all.Select(c => (c.Id, c.ParentId)), [root.Id]);
    }

    /// <summary>The site as the newest imported list names it; <see cref="SiteIdentity.Default"/> before any import.</summary>
    public static async Task<SiteIdentity> SiteAsync(CatalogDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var newest = await db.SourceDocuments.AsNoTracking()
            .OrderByDescending(d => d.ImportedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Title, d.Intro }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return SiteIdentity.Of(newest?.Title, newest?.Intro);
    }
}
