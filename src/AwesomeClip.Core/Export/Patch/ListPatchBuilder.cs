using System.Security.Cryptography;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Export.Patch;

/// <summary>Makes the <see cref="ListPatch"/> from the newest imported version of the list to today's export.</summary>
public sealed class ListPatchBuilder(IDbContextFactory<CatalogDbContext> dbFactory, ListExporter exporter)
{
    /// <param name="pathInRepository">Where the list lives in its repository (default: the imported file's name).</param>
    /// <exception cref="PatchRefusedException">Nothing was imported yet, or the path cannot name a file in a repository.</exception>
    public async Task<ListPatch> CreateAsync(string? pathInRepository = null, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var source = await db.SourceDocuments.AsNoTracking()
                .OrderByDescending(d => d.ImportedAt).ThenByDescending(d => d.Id)
                .Select(d => new { d.FileName, d.Markdown, d.Sha256 }).FirstOrDefaultAsync(ct).ConfigureAwait(false)
                ?? throw new PatchRefusedException("Nothing has been imported yet: a patch is made against the imported list. Import the list first.");
            var path = RepositoryPath.Normalize(pathInRepository ?? source.FileName);
            var export = await exporter.ExportAsync(ct).ConfigureAwait(false);
            var changes = await ListChanges.LoadAsync(db, ct).ConfigureAwait(false);

            // The importer drops a byte order mark; put it back on both sides so the patch's first line matches the file.
            var bom = HadByteOrderMark(source.Markdown, source.Sha256) ? "\uFEFF" : "";
            var diff = UnifiedDiff.Create(bom + source.Markdown, bom + export.Markdown, path);
            var lines = diff.Split('\n');
            return new ListPatch(
                path, diff, ListChangesText.Write(changes, export.Warnings), changes,
                lines.Count(l => l.StartsWith('+') && !l.StartsWith("+++ ", StringComparison.Ordinal)),
                lines.Count(l => l.StartsWith('-') && !l.StartsWith("--- ", StringComparison.Ordinal)))
            {
                ExportWarnings = export.Warnings,
            };
        }
    }

    private static bool HadByteOrderMark(string markdown, string sha256)
    {
        var withBom = ListExport.Encoding.GetBytes("\uFEFF" + markdown);
        return Convert.ToHexStringLower(SHA256.HashData(withBom)) == sha256;
    }
}
