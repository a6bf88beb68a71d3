using System.Collections.Concurrent;

namespace AwesomeClip.Web.Caching;

/// <summary>
/// The last good rendering of each anonymous catalog page, served while the database is unreachable (stale-if-error).
/// Bounded: at most <see cref="MaxBytes"/> in all (the oldest go first), none older than <see cref="MaxAge"/>.
/// </summary>
public sealed class StalePages(TimeProvider time)
{
    public const long MaxBytes = 32L * 1024 * 1024;

    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, Copy> copies = new(StringComparer.Ordinal);
    private long bytes;

    public int Count => copies.Count;

    public void Save(string key, string contentType, byte[] body)
    {
        if (body.Length > MaxBytes / 16) return;
        var copy = new Copy(contentType, body, time.GetUtcNow());
        copies.AddOrUpdate(key, copy, (_, old) =>
        {
            Interlocked.Add(ref bytes, -old.Body.Length);
            return copy;
        });
        Interlocked.Add(ref bytes, body.Length);
        while (Interlocked.Read(ref bytes) > MaxBytes && !copies.IsEmpty)
        {
            var oldest = copies.MinBy(c => c.Value.SavedAt);
            if (copies.TryRemove(oldest.Key, out var removed)) Interlocked.Add(ref bytes, -removed.Body.Length);
        }
    }

    public bool TryGet(string key, out Copy copy)
    {
        if (copies.TryGetValue(key, out copy!) && time.GetUtcNow() - copy.SavedAt <= MaxAge) return true;
        copy = null!;
        return false;
    }

    public sealed record Copy(string ContentType, byte[] Body, DateTimeOffset SavedAt);
}
