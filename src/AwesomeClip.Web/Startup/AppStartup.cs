using AwesomeClip.Web.Hosting;
using AwesomeClip.Core.Reading;
using System.Diagnostics;
using System.Runtime;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Search;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.ChangeLog;
using AwesomeClip.Web.Catalog;
using AwesomeClip.Web.Storage;
using AwesomeClip.Web.Storage.Keys;

namespace AwesomeClip.Web.Startup;

/// <summary>
/// Start-up on two cores. The catalog and the key ring are migrated; then the server starts listening while the seed
/// list is imported into an empty catalog and the search index is opened (or built) — requests that arrive meanwhile
/// wait at the <see cref="StartupGate"/>. Beside that, the search code and dictionaries warm up, the index's and the
/// home page's queries are compiled, and once the import has committed the accounts are migrated.
/// </summary>
public sealed class AppStartup(
    StartupGate gate,
    SearchIndex index,
    CatalogInitializer catalog,
    AccountsInitializer accounts,
    ChangeLogFollower follower,
    CatalogReader reader,
    IServiceProvider services,
    ILogger<AppStartup> logger)
{
    /// <summary>Returns once the server listens and the catalog is ready (the gate is then open); logs and throws if either failed.</summary>
    public async Task<(int Papers, int Categories)> StartAsync(WebApplication app, CancellationToken ct = default)
    {
        try
        {
            var counts = await RunAsync(app, ct);
            gate.Open();
            return counts;
        }
        catch (OperationCanceledException e) when (ct.IsCancellationRequested)
        {
            logger.LogInformation("Stopped while starting");
            gate.Fail(e);
            throw;
        }
        catch (Exception e)
        {
            // Said before the gate fails, so the reason is in the log before any waiting request hears of it.
            logger.LogCritical(e, "AwesomeClip could not start: {Reason}", e.Message);
            gate.Fail(e);
            throw;
        }
    }

    private async Task<(int Papers, int Categories)> RunAsync(WebApplication app, CancellationToken ct)
    {
        var started = Process.GetCurrentProcess().StartTime;
        var warming = Task.Run(index.Prepare, ct);
        Task<double>? serving = null;
        Task? accountsReady = null;
        try
        {
            await catalog.MigrateAsync(ct);
            // Before the server starts (Data Protection reads the key ring as it starts), and before the import: SQLite
            // has one writer at a time, and a migration waiting behind a long import would time out after 30 s.
            await services.MigrateKeyRingAsync(ct);
            var migrated = Since(started);
            serving = Task.Run(async () =>
            {
                await app.StartAsync(ct);
                var listening = Since(started);
                // Compiled now, these queries cost the index build and the first visitor nothing (readers never wait for the import).
                await index.WarmQueriesAsync(ct);
                await HomeData.LoadAsync(reader, ct);
                return listening;
            }, ct);

            var counts = await catalog.SeedIfEmptyAsync(ct);
            await reader.SnapshotAsync(ct); // the imported catalog, before the first visitor
            var seeded = Since(started);
            // After the import: SQLite takes one writer at a time, and these tables matter only from the first sign-in.
            accountsReady = Task.Run(() => accounts.InitializeAsync(ct), ct);
            await warming;
            await follower.OpenIndexAsync(ct);
            var indexed = Since(started);
            await accountsReady;
            var listening = await serving;

            logger.LogInformation(
                "Ready {Ready:0} ms after the process started: catalog and key ring migrated at {Migrated:0} ms, seeded at {Seeded:0} ms, search index open at {Indexed:0} ms, listening at {Listening:0} ms; " +
                "{Cpu:0} ms of CPU, of which JIT {Jit:0} ms ({Methods} methods), GC pauses {Gc:0} ms",
                Since(started), migrated, seeded, indexed, listening,
                Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds, JitInfo.GetCompilationTime().TotalMilliseconds,
                JitInfo.GetCompiledMethodCount(), GC.GetTotalPauseDuration().TotalMilliseconds);
            return counts;
        }
        catch
        {
            // Let the other lanes end before the caller stops the host (a host stopped while it is starting misbehaves).
            await Task.WhenAll(new[] { warming, serving, accountsReady }.OfType<Task>()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    private static double Since(DateTime started) => (DateTime.Now - started).TotalMilliseconds;
}
