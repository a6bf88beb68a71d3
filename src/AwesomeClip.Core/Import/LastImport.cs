using System.Collections.Concurrent;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Import;

/// <summary>The newest import: which file, when, and the warnings its report gave.</summary>
public sealed record LastImportSummary(string FileName, DateTime ImportedAt, int Papers, IReadOnlyList<ImportIssue> Warnings);

/// <summary>
/// Reads the newest import's warnings back for the maintainers' overview. The report is not stored: the list's text and
/// layout are, and reading them again gives the same warnings (the parser's and the missing figures'), once per import.
/// </summary>
public sealed class LastImport(IDbContextFactory<CatalogDbContext> dbFactory)
{
    private readonly ConcurrentDictionary<int, LastImportSummary> byDocument = new();

    public async Task<LastImportSummary?> ReadAsync(CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var newest = await db.SourceDocuments.AsNoTracking()
            .OrderByDescending(d => d.ImportedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.FileName, d.ImportedAt }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (newest is null) return null;
        if (byDocument.TryGetValue(newest.Id, out var known)) return known;
        var source = await db.SourceDocuments.AsNoTracking().Where(d => d.Id == newest.Id)
            .Select(d => new { d.Markdown, d.Layout, d.Folder }).SingleAsync(ct).ConfigureAwait(false);
        var layout = source.Layout is null ? ListLayout.Default : ListLayout.Parse(source.Layout);
        var list = ListParser.Parse(source.Markdown, newest.FileName, layout);
        var warnings = list.Issues.Concat(FigureFolder.MissingFigures(list, source.Folder)).OrderBy(i => i.Line).ToList();
        var summary = new LastImportSummary(newest.FileName, newest.ImportedAt, list.Papers.Count(), warnings);
        byDocument.Clear();
        byDocument[newest.Id] = summary;
        return summary;
    }
}
