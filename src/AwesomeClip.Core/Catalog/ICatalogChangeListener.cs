namespace AwesomeClip.Core.Catalog;

/// <summary>Told after a transaction that changed papers has committed (the search index listens).</summary>
public interface ICatalogChangeListener
{
    Task PapersChangedAsync(IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken);
}
