using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Caching;

/// <summary>
/// What the public catalog responses are made from: the newest change log entry (every save that touches papers or the
/// category tree writes one, ADR-011), the newest import (the list's name and introduction) and this build of the app.
/// Their validators come from it, so a conditional request is answered before anything is rendered, and every instance
/// on one database gives the same ETag. Re-read when this instance is told of a change (before the page cache is
/// evicted) and at most <see cref="RereadAfter"/> after the last read, which covers changes nobody was told about.
/// </summary>
public sealed class CatalogVersion(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock, ILogger<CatalogVersion> logger) : IDisposable
{
    public static readonly TimeSpan RereadAfter = TimeSpan.FromSeconds(1);

    /// <summary>Changes with every build (the MVIDs of the web and core assemblies): new code may render new HTML.</summary>
    public static readonly string Build = BuildId();

    // No file in a single-file publish: the catalog's own times alone then.
    private static readonly DateTimeOffset BuiltAt = new[] { typeof(CatalogVersion), typeof(CatalogDbContext) }
        .Select(t => t.Assembly.Location is { Length: > 0 } file ? new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero) : DateTimeOffset.MinValue).Max();

    private readonly SemaphoreSlim reading = new(1, 1);
    private Stamp? current;
    private DateTimeOffset readAt;

    /// <param name="ETag">A weak entity tag: the same for every response made from this version.</param>
    /// <param name="LastModified">The newest change, import or build, to the second (HTTP dates have no more).</param>
    public sealed record Stamp(string ETag, DateTimeOffset LastModified)
    {
        /// <summary>The tag of a response made in <paramref name="culture"/> (W/"v-zh-CN"); this one for "" (every language alike).</summary>
        public Stamp InCulture(string culture) =>
            culture.Length == 0 || !ETag.EndsWith('"') ? this : this with { ETag = $"{ETag[..^1]}-{culture}\"" };
    }

    /// <summary>The version now; null only when it was never read and the database cannot be reached.</summary>
    public async ValueTask<Stamp?> CurrentAsync(CancellationToken ct)
    {
        var stamp = current;
        if (stamp is not null && clock.GetUtcNow() - readAt < RereadAfter) return stamp;
        // One reader at a time; the others go on with the version they have.
        if (stamp is not null && !await reading.WaitAsync(0, ct)) return stamp;
        if (stamp is null) await reading.WaitAsync(ct);
        try
        {
            return current is { } fresh && clock.GetUtcNow() - readAt < RereadAfter ? fresh : await ReadAsync(ct);
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>Reads the version now (a change was committed and is about to be shown).</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await reading.WaitAsync(ct);
        try
        {
            await ReadAsync(ct);
        }
        finally
        {
            reading.Release();
        }
    }

    private async Task<Stamp?> ReadAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var change = await db.CatalogChanges.AsNoTracking().OrderByDescending(c => c.Id).Select(c => new { c.Id, c.At }).FirstOrDefaultAsync(ct);
            var import = await db.SourceDocuments.AsNoTracking().OrderByDescending(d => d.Id).Select(d => new { d.Id, d.ImportedAt }).FirstOrDefaultAsync(ct);
            var changedAt = new[] { Utc(change?.At), Utc(import?.ImportedAt), BuiltAt }.Max();
            var stamp = new Stamp(
                string.Create(CultureInfo.InvariantCulture, $"W/\"{change?.Id ?? 0}-{import?.Id ?? 0}-{Build}\""),
                new DateTimeOffset(changedAt.Ticks - changedAt.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
            if (stamp != current) logger.LogDebug("Catalog version {ETag}, last modified {LastModified:R}", stamp.ETag, stamp.LastModified);
            current = stamp;
            readAt = clock.GetUtcNow();
            return stamp;
        }
        catch (Exception e) when (DatabaseOutage.Is(e) && !ct.IsCancellationRequested)
        {
            // Keep answering with the version known; try again after the same interval.
            logger.LogWarning("Could not read the catalog version, keeping {ETag}: {Error}", current?.ETag ?? "none", e.GetBaseException().Message);
            readAt = clock.GetUtcNow();
            return current;
        }
    }

    private static DateTimeOffset Utc(DateTime? at) =>
        at is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : DateTimeOffset.MinValue;

    private static string BuildId()
    {
        var ids = string.Concat(typeof(CatalogVersion).Assembly.ManifestModule.ModuleVersionId, typeof(CatalogDbContext).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..8];
    }

    public void Dispose() => reading.Dispose();
}
