using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Export;

/// <summary>Writes the catalog as the list's markdown, into the newest imported version of the list.</summary>
public sealed class ListExporter(IDbContextFactory<CatalogDbContext> dbFactory)
{
    public async Task<ListExport> ExportAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var template = await db.SourceDocuments.AsNoTracking()
                .OrderByDescending(d => d.ImportedAt).ThenByDescending(d => d.Id)
                .Select(d => new { d.Markdown, d.Layout }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var categories = await LoadCatalogAsync(db, cancellationToken).ConfigureAwait(false);
            return ListWriter.Write(template?.Markdown, categories, template?.Layout);
        }
    }

    /// <summary>Writes the export as UTF-8 (no BOM) to <paramref name="output"/>; returns it for its warnings.</summary>
    public async Task<ListExport> WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var export = await ExportAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(export.ToBytes(), cancellationToken).ConfigureAwait(false);
        return export;
    }

    /// <summary>Writes the export to a file, replacing it only once the whole text is written.</summary>
    public async Task<ListExport> ExportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var export = await ExportAsync(cancellationToken).ConfigureAwait(false);
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp";
        await File.WriteAllBytesAsync(temp, export.ToBytes(), cancellationToken).ConfigureAwait(false);
        File.Move(temp, full, overwrite: true);
        return export;
    }

    /// <summary>Categories in list order with their parents, live papers, links and figures.</summary>
    internal static async Task<List<Category>> LoadCatalogAsync(CatalogDbContext db, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTrackingWithIdentityResolution()
            .Include(c => c.Papers.Where(p => p.DeletedAt == null)).ThenInclude(p => p.Links)
            .Include(c => c.Papers.Where(p => p.DeletedAt == null)).ThenInclude(p => p.Figures)
            .AsSplitQuery()
            .OrderBy(c => c.Order).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
}
