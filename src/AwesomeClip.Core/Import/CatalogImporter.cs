using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Merge;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Import;

/// <summary>
/// Imports a version of the list into the catalog: a preview computes the change set against the catalog, applying it
/// is one transaction that records each paper's history, then the listeners (the search index) are told.
/// </summary>
public sealed class CatalogImporter(
    IDbContextFactory<CatalogDbContext> dbFactory,
    IEnumerable<ICatalogChangeListener> listeners,
    TimeProvider clock,
    ILogger<CatalogImporter> logger)
{
    /// <summary>Previews and applies; refuses (listing them) when the file conflicts with edits made in the app.</summary>
    public async Task<ImportReport> ImportFileAsync(string path, CancellationToken cancellationToken = default) =>
        await ImportFileAsync(path, layout: null, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc cref="ImportFileAsync(string, CancellationToken)"/>
    public async Task<ImportReport> ImportFileAsync(string path, ListLayout? layout, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewFileAsync(path, layout, cancellationToken).ConfigureAwait(false);
        return await ApplyAsync(preview, ConflictResolutions.None, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc cref="ImportFileAsync"/>
    public async Task<ImportReport> ImportAsync(string fileName, byte[] bytes, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(fileName, bytes, null, cancellationToken).ConfigureAwait(false);
        return await ApplyAsync(preview, ConflictResolutions.None, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The change set importing the file would make, without changing anything (<c>import --dry-run</c>). The list is
    /// read with <paramref name="layout"/>, else with the layout file beside it (<see cref="ListLayout.FileName"/>), if any.
    /// </summary>
    public async Task<ImportPreview> PreviewFileAsync(string path, ListLayout? layout = null, CancellationToken cancellationToken = default)
    {
        var (text, bytes) = await ListDecoder.ReadFileAsync(path, cancellationToken).ConfigureAwait(false);
        layout ??= await ListLayout.BesideAsync(path, cancellationToken).ConfigureAwait(false);
        return await PreviewTextAsync(Path.GetFileName(path), text, bytes, FigureFolder.Beside(path), layout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The change set importing an uploaded file would make, without changing anything.</summary>
    public Task<ImportPreview> PreviewAsync(string fileName, byte[] bytes, ListLayout? layout = null, CancellationToken cancellationToken = default) =>
        PreviewTextAsync(fileName, ListDecoder.Decode(fileName, bytes), bytes, figureFolder: null, layout ?? ListLayout.Default, cancellationToken);

    /// <summary>The change set importing pasted markdown would make, without changing anything.</summary>
    public Task<ImportPreview> PreviewMarkdownAsync(string fileName, string markdown, ListLayout? layout = null, CancellationToken cancellationToken = default) =>
        PreviewAsync(fileName, Encoding.UTF8.GetBytes(markdown), layout, cancellationToken);

    /// <summary>
    /// Applies a preview in one transaction with a choice for each of its conflicts. Refuses (nothing changes) when a
    /// conflict has no choice or when the catalog changed after the preview (<see cref="ImportRefusedException.Reason"/>).
    /// </summary>
    public async Task<ImportReport> ApplyAsync(
        ImportPreview preview, IReadOnlyDictionary<ConflictKey, ConflictResolution>? resolutions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(preview);
        resolutions ??= ConflictResolutions.None;
        ChangeSetApplier.RequireResolutions(preview.Changes, resolutions);
        var watch = Stopwatch.StartNew();
        ChangeSet changes;
        IReadOnlyList<int> changedIds;
        try
        {
            (changes, changedIds) = await PersistAsync(preview, resolutions, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageFailure.Describe(e) is { } why)
        {
            // The transaction was rolled back: the catalog is as it was before the import.
            logger.LogError(e, "Importing {File} failed: {Reason}", preview.FileName, why);
            throw new StorageFailureException($"Importing {preview.FileName} failed: {why}. The catalog was not changed.", e);
        }
        watch.Stop();
        // An import that changed nothing tells nobody; one that changed only the tree still drops the cached pages.
        if (changedIds.Count > 0 || changes.Categories.Count > 0) await NotifyAsync(changedIds, cancellationToken).ConfigureAwait(false);

        var report = new ImportReport(
            preview.FileName, preview.Categories, preview.Papers, preview.Links, preview.Figures,
            changes.Added.Count(), changes.Changed.Count(), changes.Removed.Count(), changes.Unchanged, preview.Issues, watch.Elapsed)
        {
            Changes = changes,
            Sections = preview.Sections,
        };
        logger.LogInformation("Imported {File}: {Papers} papers, {Added} added, {Updated} updated, {Removed} removed, {Flagged} kept, {Warnings} warnings in {Elapsed} ms",
            preview.FileName, report.Papers, report.Added, report.Updated, report.Removed, changes.Flagged.Count(), preview.Issues.Count, (int)watch.Elapsed.TotalMilliseconds);
        return report;
    }

    private async Task<ImportPreview> PreviewTextAsync(string fileName, string text, byte[] bytes, string? figureFolder, ListLayout layout, CancellationToken ct)
    {
        var list = ListParser.Parse(text, fileName, layout);
        if (!list.Papers.Any())
        {
            var skipped = list.Issues.Count(i => i.Severity == ImportIssueSeverity.Skipped);
            var why = skipped > 0 ? ImportMessages.NoEntriesSkipped.With(fileName, ListLayout.FileName, skipped) : ImportMessages.NoEntries.With(fileName, ListLayout.FileName);
            throw new ImportRefusedException(why) { Report = list.Issues };
        }
        var issues = list.Issues.Concat(FigureFolder.MissingFigures(list, figureFolder)).OrderBy(i => i.Line).ToList();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTrackingWithIdentityResolution;
            var state = await CatalogState.LoadAsync(db, ct).ConfigureAwait(false);
            var plan = ChangeSetBuilder.Build(state, list);
            return new ImportPreview(fileName, sha, state.Token(), plan.Changes, issues, list, text) { LayoutJson = layout.Json, Folder = figureFolder };
        }
    }

    private async Task<(ChangeSet Changes, IReadOnlyList<int> ChangedIds)> PersistAsync(
        ImportPreview preview, IReadOnlyDictionary<ConflictKey, ConflictResolution> resolutions, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using (tx.ConfigureAwait(false))
            {
                var state = await CatalogState.LoadAsync(db, ct).ConfigureAwait(false);
                if (state.Token() != preview.CatalogToken)
                {
                    throw new ImportRefusedException(ImportMessages.StalePreview.With(preview.FileName), ImportRefusal.StalePreview);
                }
                // The same state and the same list give the same plan as the preview's.
                var plan = ChangeSetBuilder.Build(state, preview.List);
                var now = clock.GetUtcNow().UtcDateTime;
                var changedIds = await new ChangeSetApplier(db, plan, resolutions, now, preview.FileName).ApplyAsync(ct).ConfigureAwait(false);

                var latest = await db.SourceDocuments.OrderByDescending(d => d.Id).Select(d => new { d.Sha256, d.Layout, d.Folder }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
                if (latest?.Sha256 != preview.Sha256 || latest.Layout != preview.LayoutJson || latest.Folder != preview.Folder)
                {
                    db.SourceDocuments.Add(new SourceDocument
                    {
                        FileName = preview.FileName,
                        Sha256 = preview.Sha256,
                        Markdown = preview.Markdown,
                        Layout = preview.LayoutJson,
                        Title = Cap(preview.List.Info.Title, 300),
                        Intro = Cap(preview.List.Info.Intro, 2000),
                        Folder = preview.Folder is { Length: <= 1000 } folder ? folder : null,
                        ImportedAt = now,
                    });
                }

                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
                return (plan.Changes, [.. changedIds.Union(db.RecordedPaperIds)]);
            }
        }
    }

    private static string? Cap(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";

    // The catalog has committed; a failing listener (the search index) repairs itself from the database later.
    private Task NotifyAsync(IReadOnlyCollection<int> paperIds, CancellationToken ct) =>
        CatalogListeners.NotifyAsync(listeners, paperIds, logger, ct);
}
