using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AwesomeClip.Core.Search;

/// <summary>
/// A segment's stored papers, decoded once and kept with the segment core (the idea of Solr's document cache): a hit
/// would otherwise decompress its stored block and parse every field on each search that shows it. Filled as hits ask
/// for documents, up to <see cref="SegmentBudgetChars"/> characters of text per segment; beyond that a document is
/// decoded for each use, as before. Segments never change, so nothing is ever stale; a merged-away segment's cache
/// goes with it.
/// </summary>
internal sealed class StoredPapers
{
    /// <summary>About 16 MB of text per segment: every list seen so far fits in full.</summary>
    public const long SegmentBudgetChars = 8 * 1024 * 1024;

    private static readonly ConditionalWeakTable<object, StoredPapers> Cache = new();

    private readonly IndexedPaper?[] papers;
    private long cachedChars;

    private StoredPapers(int maxDoc) => papers = new IndexedPaper?[maxDoc];

    /// <summary>The paper of a top-level document id of <paramref name="searcher"/>'s reader.</summary>
    public static IndexedPaper Get(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var reader = leaf.AtomicReader;
        var segment = Cache.GetValue(reader.CoreCacheKey, _ => new StoredPapers(reader.MaxDoc));
        var local = doc - leaf.DocBase;
        return Volatile.Read(ref segment.papers[local]) ?? segment.Load(reader, local);
    }

    private IndexedPaper Load(AtomicReader reader, int doc)
    {
        var paper = IndexedPaper.From(reader.Document(doc));
        var chars = paper.Title.Length + paper.Abstract.Length + (paper.Commentary?.Length ?? 0) + (paper.Authors?.Length ?? 0);
        if (Interlocked.Add(ref cachedChars, chars) <= SegmentBudgetChars)
            Volatile.Write(ref papers[doc], paper);
        else
            Interlocked.Add(ref cachedChars, -chars);
        return paper;
    }
}
