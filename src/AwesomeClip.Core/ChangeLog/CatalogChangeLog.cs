using System.Globalization;
using AwesomeClip.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.ChangeLog;

/// <summary>
/// Writes and reads the change log (<see cref="CatalogChange"/>). Writers hold a lock on the log until they commit
/// (SQLite: its single write lock; PostgreSQL: a transaction advisory lock), so ids become visible in order and a
/// follower that has seen id N never misses a smaller id committed later. On PostgreSQL the write also NOTIFYs
/// <see cref="NotifyChannel"/>, which the server delivers when the transaction commits.
/// </summary>
public static class CatalogChangeLog
{
    public const string Table = "CatalogChanges";

    public const string NotifyChannel = "awesomeclip_catalog_changes";

    /// <summary>Key of the PostgreSQL advisory lock that orders log writers ("ACLOG" in ASCII).</summary>
    private const long WriterLockKey = 0x4143_4C4F_47;

    /// <param name="treeChanged">Record an entry even without papers: the category tree changed, cached pages are stale.</param>
    internal static void Record(DbContext db, IReadOnlyList<int> paperIds, bool treeChanged = false)
    {
        if (paperIds.Count == 0 && !treeChanged) return;
        foreach (var sql in Statements(db, paperIds)) db.Database.ExecuteSql(sql);
    }

    /// <inheritdoc cref="Record"/>
    internal static async Task RecordAsync(DbContext db, IReadOnlyList<int> paperIds, CancellationToken ct, bool treeChanged = false)
    {
        if (paperIds.Count == 0 && !treeChanged) return;
        foreach (var sql in Statements(db, paperIds)) await db.Database.ExecuteSqlAsync(sql, ct).ConfigureAwait(false);
    }

    private static IEnumerable<FormattableString> Statements(DbContext db, IReadOnlyList<int> paperIds)
    {
        var postgres = db.Database.IsNpgsql();
        if (postgres) yield return $"SELECT pg_advisory_xact_lock({WriterLockKey})";
        var at = DateTime.UtcNow;
        var ids = string.Join(',', paperIds.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        yield return $"INSERT INTO \"CatalogChanges\" (\"At\", \"PaperIds\") VALUES ({at}, {ids})";
        if (postgres) yield return $"SELECT pg_notify({NotifyChannel}, '')";
    }

    /// <summary>One entry naming every paper, so every instance re-indexes all of them (<c>reindex --online</c>). Returns how many.</summary>
    public static async Task<int> RecordAllPapersAsync(DbContext db, CancellationToken ct)
    {
        var ids = await db.Set<Paper>().IncludingTrash().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            await RecordAsync(db, ids, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        return ids.Count;
    }

    /// <summary>Entries after <paramref name="afterId"/>, oldest first, at most <paramref name="max"/>.</summary>
    public static Task<List<CatalogChange>> ReadAfterAsync(DbContext db, long afterId, int max, CancellationToken ct) =>
        db.Set<CatalogChange>().AsNoTracking().Where(c => c.Id > afterId).OrderBy(c => c.Id).Take(max).ToListAsync(ct);

    /// <summary>The newest entry's id, 0 for an empty log.</summary>
    public static async Task<long> LatestIdAsync(DbContext db, CancellationToken ct) =>
        await db.Set<CatalogChange>().MaxAsync(c => (long?)c.Id, ct).ConfigureAwait(false) ?? 0;

    /// <summary>
    /// True when entries after <paramref name="afterId"/> may have been trimmed away, so following cannot catch up and
    /// the index must be rebuilt. (A PostgreSQL id gap at the trim edge can make this true needlessly: one extra rebuild.)
    /// </summary>
    public static async Task<bool> MayHaveLostAsync(DbContext db, long afterId, CancellationToken ct)
    {
        var oldest = await db.Set<CatalogChange>().MinAsync(c => (long?)c.Id, ct).ConfigureAwait(false);
        return oldest is { } first && first > afterId + 1;
    }

    /// <summary>Deletes entries older than <paramref name="cutoff"/>, always keeping the newest one. Returns how many.</summary>
    public static async Task<int> TrimAsync(DbContext db, DateTime cutoff, CancellationToken ct)
    {
        var latest = await LatestIdAsync(db, ct).ConfigureAwait(false);
        return await db.Set<CatalogChange>().Where(c => c.At < cutoff && c.Id < latest).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }
}
