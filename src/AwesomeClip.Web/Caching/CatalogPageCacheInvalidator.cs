using AwesomeClip.Core.Catalog;
using Microsoft.AspNetCore.OutputCaching;

namespace AwesomeClip.Web.Caching;

/// <summary>
/// Evicts every cached catalog page when papers change (after the search index has taken the change), with the catalog
/// version read first: a page rendered after the eviction is labelled with the new version or a newer one, never an older.
/// </summary>
public sealed class CatalogPageCacheInvalidator(IOutputCacheStore store, CatalogVersion version, ILogger<CatalogPageCacheInvalidator> logger) : ICatalogChangeListener
{
    public async Task PapersChangedAsync(IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken)
    {
        await version.RefreshAsync(cancellationToken);
        await store.EvictByTagAsync(CatalogPageCache.Tag, cancellationToken);
        logger.LogDebug("Cached catalog pages evicted after {Count} papers changed", paperIds.Count);
    }
}
