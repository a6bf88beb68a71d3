using AwesomeClip.Core.Catalog;
using Microsoft.AspNetCore.OutputCaching;

namespace AwesomeClip.Web.Caching;

/// <summary>Evicts every cached catalog page when papers change (after the search index has taken the change).</summary>
public sealed class CatalogPageCacheInvalidator(IOutputCacheStore store, ILogger<CatalogPageCacheInvalidator> logger) : ICatalogChangeListener
{
    public async Task PapersChangedAsync(IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(CatalogPageCache.Tag, cancellationToken);
        logger.LogDebug("Cached catalog pages evicted after {Count} papers changed", paperIds.Count);
    }
}
