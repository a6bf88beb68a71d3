using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Search;

/// <summary>
/// A cheap summary of the catalog's searchable state, stored in the index's commit data. At startup an index whose
/// fingerprint differs from the database's is stale and gets rebuilt. Covers paper count, ids, versions, last update,
/// trash, category names and places in the tree, and the document mapping version.
/// </summary>
internal static class CatalogFingerprint
{
    public const string CommitDataKey = "catalog-fingerprint";

    public static async Task<string> ComputeAsync(CatalogDbContext db, CancellationToken ct)
    {
        var totals = await db.Papers.IncludingTrash()
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Deleted = g.Count(p => p.DeletedAt != null),
                IdSum = g.Sum(p => (long)p.Id),
                VersionSum = g.Sum(p => (long)p.Version),
            })
            .ToListAsync(ct).ConfigureAwait(false);
        var papers = totals.FirstOrDefault();
        var lastUpdate = await db.Papers.IncludingTrash().OrderByDescending(p => p.UpdatedAt).Select(p => (DateTime?)p.UpdatedAt)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var categories = await db.Categories.IncludingTrash().OrderBy(c => c.Id).Select(c => new { c.Id, c.Slug, c.Name, c.Order, c.ParentId })
            .ToListAsync(ct).ConfigureAwait(false);

        var sb = new StringBuilder(PaperDocument.MappingVersion);
        sb.Append(CultureInfo.InvariantCulture, $"|{papers?.Count}|{papers?.Deleted}|{papers?.IdSum}|{papers?.VersionSum}|{lastUpdate:O}");
        foreach (var c in categories) sb.Append(CultureInfo.InvariantCulture, $"|{c.Id}:{c.Order}:{c.Slug}:{c.Name}:{c.ParentId}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }
}
