using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Related papers already found, for the index as one searcher sees it: a commit refreshes the searcher onto a new
/// reader, and the lists found on the old one are dropped with it. A paper page asked for them on every render (a
/// tenth of it); at most <see cref="MaxLists"/> lists are kept per reader.
/// </summary>
internal sealed class RelatedPapersCache(RelatedFinder finder)
{
    public const int MaxLists = 4096;

    private Generation current = new(null);

    public IReadOnlyList<RelatedPaper> Find(IndexSearcher searcher, int paperId, int count)
    {
        var generation = Volatile.Read(ref current);
        if (!ReferenceEquals(generation.Reader, searcher.IndexReader))
        {
            // A request still on an older searcher keeps its lists apart from the new reader's (a miss, never a wrong list).
            generation = new Generation(searcher.IndexReader);
            Volatile.Write(ref current, generation);
        }
        if (generation.Lists.TryGetValue((paperId, count), out var known)) return known;
        var found = finder.Find(searcher, paperId, count);
        if (generation.Lists.Count < MaxLists) generation.Lists.TryAdd((paperId, count), found);
        return found;
    }

    private sealed class Generation(IndexReader? reader)
    {
        public IndexReader? Reader { get; } = reader;

        public ConcurrentDictionary<(int PaperId, int Count), IReadOnlyList<RelatedPaper>> Lists { get; } = new();
    }
}
