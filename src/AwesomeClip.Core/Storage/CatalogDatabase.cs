using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Core.Storage;

public static class CatalogDatabase
{
    /// <summary>Migrations take well under a second; a lock older than this was left by a process that died migrating.</summary>
    public static readonly TimeSpan StaleMigrationLock = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Applies pending migrations and switches SQLite to WAL so readers never wait for an import. A migration lock
    /// left behind by a crashed process (EF Core would wait for it forever) is removed first, and logged.
    /// </summary>
    public static async Task MigrateAsync(CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
            await RemoveStaleMigrationLockAsync(db, cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for a live lock to go; removes one that is older than <see cref="StaleMigrationLock"/>.</summary>
    private static async Task RemoveStaleMigrationLockAsync(CatalogDbContext db, CancellationToken ct)
    {
        while (await LockTakenAtAsync(db, ct).ConfigureAwait(false) is { } takenAt)
        {
            var age = DateTimeOffset.UtcNow - takenAt;
            if (age >= StaleMigrationLock)
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\";", ct).ConfigureAwait(false);
                Logger(db).LogWarning(
                    "Removed a stale migration lock taken at {TakenAt:u} ({Age:0} s ago): a process stopped while migrating the catalog; migrating again",
                    takenAt, age.TotalSeconds);
                return;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct).ConfigureAwait(false);
        }
    }

    private static async Task<DateTimeOffset?> LockTakenAtAsync(CatalogDbContext db, CancellationToken ct)
    {
        var hasLockTable = await db.Database
            .SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'")
            .SingleAsync(ct).ConfigureAwait(false) > 0;
        if (!hasLockTable) return null;
        var stamps = await db.Database.SqlQueryRaw<string>("SELECT \"Timestamp\" AS \"Value\" FROM \"__EFMigrationsLock\"").ToListAsync(ct).ConfigureAwait(false);
        if (stamps.Count == 0) return null;
        // An unreadable stamp counts as ancient: nothing would ever release it.
        return DateTimeOffset.TryParse(stamps[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.MinValue;
    }

    private static ILogger Logger(CatalogDbContext db) =>
        db.GetService<ILoggerFactory>()?.CreateLogger(typeof(CatalogDatabase).FullName!) ?? NullLogger.Instance;
}
