using AwesomeClip.Core.Import;

namespace AwesomeClip.Web.Admin;

/// <summary>
/// Keeps a computed import preview between the preview page and Apply, so what is applied is exactly what was shown (the
/// importer still refuses it when the catalog changed meanwhile). Bounded: one preview per user (a new one replaces the
/// last), at most <see cref="MaxPreviews"/> in all (the oldest goes first), each for <see cref="Lifetime"/>. A preview of
/// a full-size list (8 MB) holds about 50 MB, so this caps them at a few hundred MB where twelve previews had taken 560 MB.
/// </summary>
public sealed class ImportPreviewStore(TimeProvider time)
{
    public const int MaxPreviews = 4;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> byUser = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (gate)
            {
                RemoveExpired();
                return byUser.Count;
            }
        }
    }

    public string Put(ImportPreview preview, string user)
    {
        lock (gate)
        {
            RemoveExpired();
            byUser.Remove(user);
            while (byUser.Count >= MaxPreviews) byUser.Remove(byUser.MinBy(e => e.Value.Created).Key);
            var key = Guid.NewGuid().ToString("N");
            byUser[user] = new Entry(key, preview, time.GetUtcNow());
            return key;
        }
    }

    public ImportPreview? Get(string? key, string user)
    {
        lock (gate)
        {
            RemoveExpired();
            return key is not null && byUser.TryGetValue(user, out var entry) && entry.Key == key ? entry.Preview : null;
        }
    }

    public void Remove(string? key)
    {
        lock (gate)
        {
            foreach (var user in byUser.Where(e => e.Value.Key == key).Select(e => e.Key).ToList()) byUser.Remove(user);
        }
    }

    private void RemoveExpired()
    {
        var now = time.GetUtcNow();
        foreach (var user in byUser.Where(e => e.Value.Created + Lifetime <= now).Select(e => e.Key).ToList()) byUser.Remove(user);
    }

    private sealed record Entry(string Key, ImportPreview Preview, DateTimeOffset Created);
}
