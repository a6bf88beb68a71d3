using System.Diagnostics;
using System.Globalization;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Owns the search index: the directory, the one <see cref="IndexWriter"/> of the process and the
/// <see cref="SearcherManager"/> every search goes through. Register as a singleton, call <see cref="EnsureReadyAsync"/>
/// at startup; it listens to catalog changes so edits and imports are searchable as soon as they commit.
/// </summary>
public sealed class SearchIndex(
    IDbContextFactory<CatalogDbContext> dbFactory,
    ISearchDirectoryProvider directoryProvider,
    ILogger<SearchIndex> logger) : ICatalogChangeListener, IDisposable
{
    private const int LoadBatch = 500;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LuceneDirectory? directory;
    private IndexWriter? writer;
    private SearcherManager? searchers;
    private readonly System.Threading.Lock prepareLock = new();
    private bool prepared;

    internal CatalogAnalyzers Analyzers { get; } = new();

    public bool IsReady => ready.Task.IsCompletedSuccessfully;

    /// <summary>
    /// Checks for ICU, loads the Chinese dictionaries and compiles Lucene's indexing and search code on a sample in
    /// memory (<see cref="SearchWarmUp"/>). <see cref="EnsureReadyAsync"/> does it first anyway; startup runs it on another
    /// thread while the database is migrated and imported. Thread-safe; the work happens once.
    /// </summary>
    public void Prepare()
    {
        lock (prepareLock)
        {
            if (prepared) return;
            var watch = Stopwatch.StartNew();
            RequireCultureData();
            SearchWarmUp.Run(Analyzers);
            prepared = true;
            logger.LogDebug("Search analyzers and code warmed up in {Elapsed} ms", watch.ElapsedMilliseconds);
        }
    }

    /// <summary>
    /// Opens the index, or rebuilds it from the database when it is missing, unreadable, left locked by a crash or
    /// stale (its catalog fingerprint differs from the database's). Loads the Chinese dictionaries. Idempotent.
    /// </summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (writer is null) await OpenAsync(forceRebuild: false, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rebuilds the whole index from the database (the <c>reindex</c> command). Returns the number of papers indexed.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return writer is null
                ? await OpenAsync(forceRebuild: true, cancellationToken).ConfigureAwait(false)
                : await RebuildCoreAsync("rebuild requested", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Re-reads the given papers from the database and upserts or deletes their documents, then commits and refreshes.</summary>
    public async Task PapersChangedAsync(IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken)
    {
        if (paperIds.Count == 0) return;
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (writer is null)
            {
                logger.LogDebug("Search index not open; {Count} changed papers will be picked up by the startup check", paperIds.Count);
                return;
            }
            var watch = Stopwatch.StartNew();
            var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                // Fingerprint first: a change committed after it makes the stored one look stale, never fresh.
                var fingerprint = await CatalogFingerprint.ComputeAsync(db, cancellationToken).ConfigureAwait(false);
                var paths = await CategoryPaths.LoadAsync(db, cancellationToken).ConfigureAwait(false);
                foreach (var chunk in paperIds.Distinct().Chunk(LoadBatch))
                {
                    var papers = await Papers(db).Where(p => chunk.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
                    foreach (var id in chunk)
                    {
                        if (papers.TryGetValue(id, out var paper))
                            writer.UpdateDocument(PaperDocument.IdTerm(id), PaperDocument.From(paper, paths));
                        else
                            writer.DeleteDocuments(PaperDocument.IdTerm(id));
                    }
                }
                Commit(fingerprint);
            }
            logger.LogInformation("Search index updated {Count} papers in {Elapsed} ms", paperIds.Count, watch.ElapsedMilliseconds);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> on a current searcher (acquired and released around it). Waits until the index is ready.</summary>
    internal async Task<T> UseSearcherAsync<T>(Func<IndexSearcher, T> work, CancellationToken cancellationToken)
    {
        await ready.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        var manager = searchers ?? throw new ObjectDisposedException(nameof(SearchIndex));
        var searcher = manager.Acquire();
        try
        {
            return work(searcher);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    private async Task<int> OpenAsync(bool forceRebuild, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        Prepare();
        directory = directoryProvider.Open();
        var inspection = IndexInspection.Of(directory);
        string current;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
            current = await CatalogFingerprint.ComputeAsync(db, ct).ConfigureAwait(false);

        var reason = forceRebuild ? "rebuild requested"
            : inspection.Problem is not null ? inspection.Problem
            : inspection.LeftoverLock ? "leftover write.lock (the previous run did not shut down cleanly)"
            : inspection.Fingerprint != current ? $"stale index ({inspection.Documents} documents, fingerprint {inspection.Fingerprint ?? "none"} != {current})"
            : null;
        if (inspection.LeftoverLock || (inspection.Exists && !inspection.Readable)) Clear(directory);

#pragma warning disable IDISP003 // Opened only while there is no writer (both callers check under the gate).
        writer = OpenWriter(directory, reason is null ? OpenMode.APPEND : OpenMode.CREATE);
        searchers = new SearcherManager(writer, applyAllDeletes: true, new CatalogSearcherFactory());
#pragma warning restore IDISP003
        var count = inspection.Documents;
        if (reason is not null)
        {
            count = await RebuildCoreAsync(reason, ct).ConfigureAwait(false);
        }
        else
        {
            logger.LogInformation("Search index at {Location} is current: {Documents} papers, opened in {Elapsed} ms",
                directoryProvider.Location, count, watch.ElapsedMilliseconds);
        }

        ready.TrySetResult();
        return count;
    }

    private async Task<int> RebuildCoreAsync(string reason, CancellationToken ct)
    {
        var w = writer!;
        var watch = Stopwatch.StartNew();
        logger.LogWarning("Rebuilding the search index at {Location} from the database: {Reason}", directoryProvider.Location, reason);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var count = 0;
        await using (db.ConfigureAwait(false))
        {
            var fingerprint = await CatalogFingerprint.ComputeAsync(db, ct).ConfigureAwait(false);
            w.DeleteAll();
            var paths = await CategoryPaths.LoadAsync(db, ct).ConfigureAwait(false);
            var lastId = 0;
            while (true)
            {
                var batch = await LoadAfterAsync(db, lastId, ct).ConfigureAwait(false);
                if (batch.Count == 0) break;
                foreach (var paper in batch) w.AddDocument(PaperDocument.From(paper, paths));
                count += batch.Count;
                lastId = batch[^1].Id;
            }
            Commit(fingerprint);
        }
        logger.LogWarning("Search index rebuilt: {Count} papers in {Elapsed} ms", count, watch.ElapsedMilliseconds);
        return count;
    }

    /// <summary>
    /// Compiles the queries opening and rebuilding the index run, against whatever the database holds now, and reads
    /// nothing: start-up runs it on another core while the seed list is being imported.
    /// </summary>
    public async Task WarmQueriesAsync(CancellationToken cancellationToken = default)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            _ = await CatalogFingerprint.ComputeAsync(db, cancellationToken).ConfigureAwait(false);
            _ = await LoadAfterAsync(db, int.MaxValue, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<List<Paper>> LoadAfterAsync(CatalogDbContext db, int lastId, CancellationToken ct) =>
        Papers(db).Where(p => p.Id > lastId).OrderBy(p => p.Id).Take(LoadBatch).ToListAsync(ct);

    private static IQueryable<Paper> Papers(CatalogDbContext db) =>
        db.Papers.AsNoTracking().Include(p => p.Category).Include(p => p.Links).Include(p => p.Figures).AsSplitQuery();

    private void Commit(string fingerprint)
    {
        writer!.SetCommitData(new Dictionary<string, string> { [CatalogFingerprint.CommitDataKey] = fingerprint });
        writer.Commit();
        searchers!.MaybeRefreshBlocking();
    }

    private IndexWriter OpenWriter(LuceneDirectory dir, OpenMode mode)
    {
        IndexWriterConfig Config() => new(LuceneSettings.Version, Analyzers.PerField) { OpenMode = mode, Similarity = LuceneSettings.Similarity };
        try
        {
            return new IndexWriter(dir, Config());
        }
        catch (LockObtainFailedException e)
        {
            // One writer per process and one process per data directory: a held lock can only be a crash's leftover.
            logger.LogWarning(e, "Search index at {Location} was locked; removing the stale lock", directoryProvider.Location);
            IndexWriter.Unlock(dir);
            return new IndexWriter(dir, Config());
        }
    }

    private void Clear(LuceneDirectory dir)
    {
        logger.LogWarning("Deleting the damaged or locked search index files at {Location}", directoryProvider.Location);
        if (IndexWriter.IsLocked(dir)) IndexWriter.Unlock(dir);
        foreach (var file in dir.ListAll())
        {
            try
            {
                dir.DeleteFile(file);
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not delete {File} from the search index", file);
            }
        }
    }

    /// <summary>SmartCn needs real culture data (ICU); invariant globalization would break Chinese analysis silently.</summary>
    private static void RequireCultureData()
    {
        try
        {
            _ = CultureInfo.GetCultureInfo("zh-CN", predefinedOnly: true);
        }
        catch (CultureNotFoundException e)
        {
            throw new InvalidOperationException("Search needs ICU culture data: run without InvariantGlobalization (and with libicu installed).", e);
        }
    }

    public void Dispose()
    {
        searchers?.Dispose();
        writer?.Dispose();
        directory?.Dispose();
        Analyzers.Dispose();
        gate.Dispose();
        searchers = null;
        writer = null;
    }

    private sealed class CatalogSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            // Warm the per-segment values now (new segments only), so no query pays for loading them.
            foreach (var leaf in reader.Leaves) SegmentValues.Of(leaf.AtomicReader);
            return new IndexSearcher(reader) { Similarity = LuceneSettings.Similarity };
        }
    }
}
