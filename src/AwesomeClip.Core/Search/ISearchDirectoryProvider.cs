using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AwesomeClip.Core.Search;

/// <summary>Opens the Lucene directory the index lives in (a folder in production, memory in tests and benchmarks).</summary>
public interface ISearchDirectoryProvider
{
    /// <summary>Where the index is, for log messages.</summary>
    string Location { get; }

    LuceneDirectory Open();
}

/// <summary>Keeps the index in memory; it is rebuilt from the database at every start.</summary>
public sealed class InMemorySearchDirectory : ISearchDirectoryProvider
{
    public string Location => "memory";

    public LuceneDirectory Open() => new RAMDirectory();
}
