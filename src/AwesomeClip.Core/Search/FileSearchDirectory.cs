using AwesomeClip.Core.Storage;
using Lucene.Net.Store;
using Microsoft.Extensions.Options;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AwesomeClip.Core.Search;

/// <summary>
/// The index folder in the data directory, opened with <see cref="SimpleFSDirectory"/> explicitly (in
/// 4.8.0-beta00017 <c>FSDirectory.Open</c> picks <c>MMapDirectory</c>, which is slow and crash-prone under parallel search
/// on Linux), with the files searches read kept in memory (<see cref="ReadCachingDirectory"/>).
/// </summary>
public sealed class FileSearchDirectory(string path) : ISearchDirectoryProvider
{
    public FileSearchDirectory(IOptions<StorageOptions> storage)
        : this(storage.Value.IndexDirectory)
    {
    }

    public string Location => path;

    public LuceneDirectory Open()
    {
        System.IO.Directory.CreateDirectory(path);
        return new ReadCachingDirectory(new SimpleFSDirectory(new DirectoryInfo(path)), ReadCachingDirectory.DefaultBudgetBytes);
    }
}
