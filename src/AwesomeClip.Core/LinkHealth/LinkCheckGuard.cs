using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// One link check at a time: in this process, and on PostgreSQL among every instance and command sharing the database
/// (a session advisory lock, which the server drops with the session if a process dies). On SQLite, which serves one
/// instance, a command run next to the web app may check at the same time; both record their results.
/// </summary>
public sealed class LinkCheckGuard(IDbContextFactory<CatalogDbContext> dbFactory)
{
    /// <summary>"AClinks": the advisory lock's key, the same in every instance.</summary>
    private const long AdvisoryKey = 0x41436C696E6B73;

    private readonly SemaphoreSlim local = new(1, 1);

    /// <summary>The guard, to dispose when the check is done; null when another check holds it.</summary>
#pragma warning disable IDISP001, IDISP003 // The context is disposed in the finally unless the guard took it (db = null).
    public async Task<IAsyncDisposable?> TryEnterAsync(CancellationToken ct = default)
    {
        if (!await local.WaitAsync(0, ct).ConfigureAwait(false)) return null;
        CatalogDbContext? db = null;
        try
        {
            db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
            if (db.Database.IsSqlite()) return new Held(local, null);
            await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({AdvisoryKey}) AS \"Value\"").SingleAsync(ct).ConfigureAwait(false);
            if (!taken)
            {
                local.Release();
                return null;
            }
            var held = new Held(local, db);
            db = null; // the guard owns the session that holds the lock now
            return held;
        }
        catch
        {
            local.Release();
            throw;
        }
        finally
        {
            if (db is not null) await db.DisposeAsync().ConfigureAwait(false);
        }
    }
#pragma warning restore IDISP001, IDISP003

    /// <summary>Owns the context it is given: its session holds the advisory lock until disposed.</summary>
#pragma warning disable IDISP007
    private sealed class Held(SemaphoreSlim local, CatalogDbContext? db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (db is not null)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({AdvisoryKey})").ConfigureAwait(false);
                    await db.DisposeAsync().ConfigureAwait(false);
                }
            }
            finally
            {
                local.Release();
            }
        }
    }
#pragma warning restore IDISP007
}
