using System.Diagnostics;
using System.Security.Cryptography;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Import;

/// <summary>Imports a version of the list into the catalog in one transaction, then tells the listeners.</summary>
public sealed class CatalogImporter(
    IDbContextFactory<CatalogDbContext> dbFactory,
    IEnumerable<ICatalogChangeListener> listeners,
    TimeProvider clock,
    ILogger<CatalogImporter> logger)
{
    public async Task<ImportReport> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var (text, bytes) = await ListDecoder.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        return await ImportTextAsync(Path.GetFileName(path), text, bytes, FigureFolder.Beside(path), cancellationToken).ConfigureAwait(false);
    }

    public Task<ImportReport> ImportAsync(string fileName, byte[] bytes, CancellationToken cancellationToken = default) =>
        ImportTextAsync(fileName, ListDecoder.Decode(fileName, bytes), bytes, figureFolder: null, cancellationToken);

    private async Task<ImportReport> ImportTextAsync(string fileName, string text, byte[] bytes, string? figureFolder, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var list = ListParser.Parse(text);
        if (!list.Papers.Any())
        {
            var why = list.Categories.Count == 0
                ? "holds no catalog table (expected '## Category' headings followed by 'Title | Abstract | Intro | Useful Links' tables)"
                : "has catalog tables but not one paper row in them";
            throw new ImportRefusedException($"{fileName} {why}; nothing was imported.");
        }
        var issues = list.Issues.Concat(FigureFolder.MissingFigures(list, figureFolder)).OrderBy(i => i.Line).ToList();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var outcome = await PersistAsync(fileName, text, sha, list, ct).ConfigureAwait(false);
        watch.Stop();

        var changed = outcome.Added.Concat(outcome.Updated).Select(p => p.Id).Concat(outcome.RemovedIds).ToList();
        await NotifyAsync(changed, ct).ConfigureAwait(false);

        var papers = list.Papers.ToList();
        var report = new ImportReport(
            fileName, list.Categories.Count, papers.Count, papers.Sum(p => p.Links.Count), papers.Sum(p => p.Figures.Count),
            outcome.Added.Count, outcome.Updated.Count, outcome.RemovedIds.Count, outcome.Unchanged, issues, watch.Elapsed);
        logger.LogInformation("Imported {File}: {Papers} papers, {Added} added, {Updated} updated, {Removed} removed, {Warnings} warnings in {Elapsed} ms",
            fileName, report.Papers, report.Added, report.Updated, report.Removed, issues.Count, (int)watch.Elapsed.TotalMilliseconds);
        return report;
    }

    private async Task<CatalogSync.Outcome> PersistAsync(string fileName, string text, string sha, ParsedList list, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var outcome = await CatalogSync.ApplyAsync(db, list, now, ct).ConfigureAwait(false);
                var latest = await db.SourceDocuments.OrderByDescending(d => d.Id).Select(d => d.Sha256).FirstOrDefaultAsync(ct).ConfigureAwait(false);
                if (latest != sha)
                    db.SourceDocuments.Add(new SourceDocument { FileName = fileName, Sha256 = sha, Markdown = text, ImportedAt = now });
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return outcome;
            }
        }
    }

    private async Task NotifyAsync(IReadOnlyCollection<int> paperIds, CancellationToken ct)
    {
        if (paperIds.Count == 0) return;
        foreach (var listener in listeners)
        {
            try
            {
                await listener.PapersChangedAsync(paperIds, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The catalog has committed; a listener (the search index) repairs itself from the database later.
                logger.LogError(e, "{Listener} failed to take {Count} changed papers", listener.GetType().Name, paperIds.Count);
            }
        }
    }
}
