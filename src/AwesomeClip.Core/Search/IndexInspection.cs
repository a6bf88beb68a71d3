using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace AwesomeClip.Core.Search;

/// <summary>What was found in the index directory at startup.</summary>
internal sealed record IndexInspection(bool Exists, bool Readable, string? Fingerprint, int Documents, bool LeftoverLock, string? Problem)
{
    public static string LockFileName => IndexWriter.WRITE_LOCK_NAME;

    public static IndexInspection Of(LuceneDirectory directory)
    {
        var leftoverLock = directory.ListAll().Contains(LockFileName, StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory))
            return new IndexInspection(false, false, null, 0, leftoverLock, "no index");
        try
        {
            using var reader = DirectoryReader.Open(directory);
            reader.IndexCommit.UserData.TryGetValue(CatalogFingerprint.CommitDataKey, out var fingerprint);
            // Touch every segment's stored fields and postings, so a damaged file shows up now rather than under a query.
            foreach (var leaf in reader.Leaves)
            {
                if (leaf.AtomicReader.MaxDoc > 0) leaf.AtomicReader.Document(leaf.AtomicReader.MaxDoc - 1);
                _ = leaf.AtomicReader.GetTerms(SearchFields.Id)?.GetEnumerator().MoveNext();
            }
            return new IndexInspection(true, true, fingerprint, reader.NumDocs, leftoverLock, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Lucene reports damage as CorruptIndexException, EndOfStreamException, FileNotFoundException and, on garbage, others.
            return new IndexInspection(true, false, null, 0, leftoverLock, $"unreadable index ({e.GetType().Name}: {e.Message})");
        }
    }
}
