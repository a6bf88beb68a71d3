using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Import.Merge;

/// <summary>Everything an import compares against: all categories and papers (trash included) with their baselines.</summary>
internal sealed record CatalogState(IReadOnlyList<Category> Categories, IReadOnlyList<Paper> Papers)
{
    public static async Task<CatalogState> LoadAsync(CatalogDbContext db, CancellationToken ct)
    {
        var categories = await db.Categories.IncludingTrash().OrderBy(c => c.Id).ToListAsync(ct).ConfigureAwait(false);
        var papers = await db.Papers.IncludingTrash().Include(p => p.Links).Include(p => p.Figures).Include(p => p.Baseline)
            .AsSplitQuery().OrderBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        return new CatalogState(categories, papers);
    }

    /// <summary>
    /// Identifies this exact state of the catalog: a preview is applied only if the catalog still hashes the same,
    /// so nothing a maintainer saved after the preview is overwritten by a plan that did not see it.
    /// </summary>
    public string Token()
    {
        var sb = new StringBuilder();
        foreach (var c in Categories.OrderBy(c => c.Id))
            sb.Append(CultureInfo.InvariantCulture, $"c|{c.Id}|{c.Name}|{c.Slug}|{c.Order}|{c.ImportedName}|{c.ImportedOrder}|{c.DeletedAt:O}\n");
        foreach (var p in Papers.OrderBy(p => p.Id))
        {
            sb.Append(CultureInfo.InvariantCulture, $"p|{p.Id}|{p.Version}|{p.CategoryId}|{p.Year}|{p.Position}|{p.ArxivId}|{p.DeletedAt:O}|{PaperFingerprint.Of(p)}\n");
            if (p.Baseline is { } b)
                sb.Append(CultureInfo.InvariantCulture, $"b|{b.InList}|{b.Title}|{b.Year}|{b.CategoryId}|{b.Position}|{b.Abstract}|{b.Commentary}|{b.GithubRepo}|{b.ArxivId}|{b.Links}|{b.Figures}\n");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }

    /// <summary>
    /// The paper's baseline. Papers imported before baselines were recorded count their current values as the
    /// baseline; papers created in the app have none.
    /// </summary>
    public static (PaperValues Values, int Position, bool InList)? BaselineOf(Paper paper)
    {
        if (paper.Baseline is { } b) return (PaperValues.Of(b), b.Position, b.InList);
        if (paper.SourceLine > 0) return (PaperValues.Of(paper), paper.Position, paper.DeletedAt is null);
        return null;
    }
}
