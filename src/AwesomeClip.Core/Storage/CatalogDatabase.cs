using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Storage;

public static class CatalogDatabase
{
    /// <summary>Applies pending migrations and switches SQLite to WAL so readers never wait for an import.</summary>
    public static async Task MigrateAsync(CatalogDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
    }
}
