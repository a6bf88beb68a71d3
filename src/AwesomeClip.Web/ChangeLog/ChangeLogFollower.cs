using AwesomeClip.Web.Hosting;
using System.Diagnostics;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.ChangeLog;
using AwesomeClip.Core.Search;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace AwesomeClip.Web.ChangeLog;

/// <summary>
/// Keeps this instance's search index in step with catalog changes made anywhere (another instance, the command line):
/// opens the index, then applies new change log entries as they appear. PostgreSQL wakes it at once through
/// LISTEN/NOTIFY; polling every <see cref="ChangeLogOptions.PollInterval"/> is the fallback, and SQLite's only way.
/// </summary>
public sealed class ChangeLogFollower(
    IDbContextFactory<CatalogDbContext> dbFactory,
    SearchIndex index,
    IEnumerable<ICatalogChangeListener> listeners,
    IOptions<StorageOptions> storage,
    IOptions<ChangeLogOptions> options,
    StartupGate startup,
    TimeProvider clock,
    ILogger<ChangeLogFollower> logger) : BackgroundService
{
    private const int Batch = 500;
    private readonly SemaphoreSlim wake = new(0, 1);
    private readonly ChangeLogPosition saved = new(storage.Value.IndexDirectory);

    /// <summary>The last entry applied to the index; -1 until the follower has started.</summary>
    public long Position { get; private set; } = -1;

    /// <summary>When the log was last read successfully (null before the first read).</summary>
    public DateTimeOffset? LastReadAt { get; private set; }

    public string? LastError { get; private set; }

    public bool IsListening { get; private set; }

    /// <summary>
    /// Opens (or rebuilds) the index and fixes the log position; called at startup before requests are served, so the
    /// index is ready from the first search. Reading the log's newest id before opening means nothing committed
    /// meanwhile is skipped: it is either in the built index or re-applied from the log.
    /// </summary>
    public Task OpenIndexAsync(CancellationToken cancellationToken = default) => StartFollowingAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The server starts before the catalog is ready (AppStartup), and start-up opens the index itself.
        try
        {
            await startup.Ready.WaitAsync(stoppingToken);
        }
        catch (Exception)
        {
            return; // start-up failed (and stops the app), or the app is stopping
        }
        var listening = storage.Value.Provider == DatabaseProvider.PostgreSql ? ListenAsync(stoppingToken) : Task.CompletedTask;
        var nextTrim = clock.GetUtcNow() + TimeSpan.FromMinutes(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Normally done at startup (OpenIndexAsync); retried here if that failed.
                if (Position < 0) await StartFollowingAsync(stoppingToken);
                await CatchUpAsync(stoppingToken);
                if (clock.GetUtcNow() >= nextTrim)
                {
                    await TrimAsync(stoppingToken);
                    nextTrim = clock.GetUtcNow() + options.Value.TrimInterval;
                }
                LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LastError = e.Message;
                logger.LogWarning(e, "Following the catalog change log failed; retrying in {Interval}", options.Value.PollInterval);
            }
            try
            {
                await wake.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    /// <summary>Opens (or rebuilds) the index and decides where in the log to continue.</summary>
    private async Task StartFollowingAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        long latest;
        bool lost;
        var from = saved.Read();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            latest = await CatalogChangeLog.LatestIdAsync(db, ct);
            lost = from is { } f && (f > latest || await CatalogChangeLog.MayHaveLostAsync(db, f, ct));
        }
        await index.EnsureReadyAsync(ct);
        if (lost)
        {
            logger.LogWarning("Change log position {Saved} is no longer in the log (newest {Latest}): trimmed or the database was restored; rebuilding the index", from, latest);
            await index.RebuildAsync(ct);
            from = null;
        }
        // Without a usable position the index was just built from the database, which includes every entry up to latest.
        Position = from ?? latest;
        saved.Write(Position);
        logger.LogInformation("Following the catalog change log from entry {Position} ({Mode}); ready in {Elapsed} ms",
            Position, from is null ? "index built from the database" : "catching up from the saved position", watch.ElapsedMilliseconds);
    }

    private async Task CatchUpAsync(CancellationToken ct)
    {
        while (true)
        {
            List<CatalogChange> entries;
            await using (var db = await dbFactory.CreateDbContextAsync(ct))
                entries = await CatalogChangeLog.ReadAfterAsync(db, Position, Batch, ct);
            LastReadAt = clock.GetUtcNow();
            if (entries.Count == 0) return;

            var watch = Stopwatch.StartNew();
            var ids = entries.SelectMany(e => e.ParsePaperIds()).ToHashSet();
            // The index first (a failure here is retried from the same position), then the other listeners (the page cache).
            await index.PapersChangedAsync(ids, ct);
            await CatalogListeners.NotifyAsync(listeners.Where(l => !ReferenceEquals(l, index)), ids, logger, ct);
            Position = entries[^1].Id;
            saved.Write(Position);
            logger.LogInformation("Synced {Entries} change log entries ({Papers} papers) up to entry {Position} into the search index in {Elapsed} ms",
                entries.Count, ids.Count, Position, watch.ElapsedMilliseconds);
            if (entries.Count < Batch) return;
        }
    }

    private async Task TrimAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.Retention;
        var trimmed = await CatalogChangeLog.TrimAsync(db, cutoff, ct);
        if (trimmed > 0) logger.LogInformation("Trimmed {Count} change log entries older than {Cutoff:O}", trimmed, cutoff);
    }

    /// <summary>LISTENs on its own connection and wakes the loop on every NOTIFY; reconnects after a failure.</summary>
    private async Task ListenAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(storage.Value.CatalogConnectionString);
                connection.Notification += (_, _) => Wake();
                await connection.OpenAsync(ct);
                await using (var listen = new NpgsqlCommand($"LISTEN {CatalogChangeLog.NotifyChannel}", connection))
                    await listen.ExecuteNonQueryAsync(ct);
                IsListening = true;
                logger.LogInformation("Listening for catalog changes on PostgreSQL channel {Channel}", CatalogChangeLog.NotifyChannel);
                Wake(); // anything committed before LISTEN took effect
                while (true) await connection.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                IsListening = false;
                logger.LogWarning(e, "LISTEN on PostgreSQL failed; polling every {Interval} and reconnecting in 5 s", options.Value.PollInterval);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), clock, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already awake: one pass reads every new entry.
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        wake.Dispose();
    }
}
