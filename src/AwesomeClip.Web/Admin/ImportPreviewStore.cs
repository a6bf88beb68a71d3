using AwesomeClip.Core.Import;
using Microsoft.Extensions.Caching.Memory;

namespace AwesomeClip.Web.Admin;

/// <summary>
/// Keeps a computed import preview between the preview page and Apply (30 minutes, for the user who made it), so
/// what is applied is exactly what was shown; the importer still refuses it when the catalog changed meanwhile.
/// </summary>
public sealed class ImportPreviewStore(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public string Put(ImportPreview preview, string user)
    {
        var key = Guid.NewGuid().ToString("N");
        cache.Set(CacheKey(key), new Entry(preview, user), Lifetime);
        return key;
    }

    public ImportPreview? Get(string? key, string user) =>
        key is not null && cache.TryGetValue(CacheKey(key), out Entry? entry) && entry!.User == user ? entry.Preview : null;

    public void Remove(string? key)
    {
        if (key is not null) cache.Remove(CacheKey(key));
    }

    private static string CacheKey(string key) => "import-preview:" + key;

    private sealed record Entry(ImportPreview Preview, string User);
}
