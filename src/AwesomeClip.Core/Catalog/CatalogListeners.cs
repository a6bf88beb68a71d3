using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Catalog;

public static class CatalogListeners
{
    /// <summary>
    /// Tells every listener after a commit; a failing listener is logged, never undoes the committed edit. An empty
    /// list still goes out: the category tree changed without a paper (the page cache drops its pages).
    /// </summary>
    public static async Task NotifyAsync(IEnumerable<ICatalogChangeListener> listeners, IReadOnlyCollection<int> paperIds, ILogger logger, CancellationToken ct)
    {
        foreach (var listener in listeners)
        {
            try
            {
                await listener.PapersChangedAsync(paperIds, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Listener} failed to take {Count} changed papers", listener.GetType().Name, paperIds.Count);
            }
        }
    }
}
