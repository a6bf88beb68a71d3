using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>Remembers what the importer told the listeners.</summary>
public sealed class RecordingListener : ICatalogChangeListener
{
    public List<IReadOnlyCollection<int>> Calls { get; } = [];

    public Task PapersChangedAsync(IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken)
    {
        Calls.Add(paperIds);
        return Task.CompletedTask;
    }
}
