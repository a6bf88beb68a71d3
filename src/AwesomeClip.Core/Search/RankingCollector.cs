using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Keeps the best <c>depth</c> documents for a sort (relevance, newest, oldest; ties broken by list order) using the
/// in-memory <see cref="SegmentValues"/> instead of Lucene's field comparators over disk doc values.
/// </summary>
internal sealed class RankingCollector(SearchSort sort, bool matchAll, int depth) : ICollector
{
    private readonly PriorityQueue<Ranked, Ranked> worstFirst = new(depth + 1, Comparer<Ranked>.Create((a, b) => -Compare(a, b)));
    private readonly int direction = sort == SearchSort.Oldest ? 1 : -1;
    private Scorer? scorer;
    private SegmentValues values = null!;
    private int docBase;

    private readonly record struct Ranked(int Doc, float Score, int YearKey, long ListOrder);

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        values = SegmentValues.Of(context.AtomicReader);
        docBase = context.DocBase;
    }

    public void Collect(int doc)
    {
        var yearKey = sort == SearchSort.Relevance ? 0 : values.Years[doc] * direction;
        var ranked = new Ranked(docBase + doc, matchAll ? 0f : scorer!.GetScore(), yearKey, values.ListOrder[doc]);
        if (worstFirst.Count < depth) worstFirst.Enqueue(ranked, ranked);
        else if (Compare(ranked, worstFirst.Peek()) < 0) worstFirst.EnqueueDequeue(ranked, ranked);
    }

    /// <summary>Documents <paramref name="skip"/>.. of the ranking, best first.</summary>
    public IReadOnlyList<(int Doc, float Score)> Top(int skip, int take)
    {
        var all = worstFirst.UnorderedItems.Select(i => i.Element).ToList();
        all.Sort(Compare);
        return all.Skip(skip).Take(take).Select(r => (r.Doc, r.Score)).ToList();
    }

    /// <summary>Negative when <paramref name="a"/> ranks before <paramref name="b"/>.</summary>
    private static int Compare(Ranked a, Ranked b)
    {
        var c = a.YearKey.CompareTo(b.YearKey); // newest: −year ascending; oldest: year ascending; relevance: 0
        if (c != 0) return c;
        c = b.Score.CompareTo(a.Score);
        if (c != 0) return c;
        c = a.ListOrder.CompareTo(b.ListOrder);
        return c != 0 ? c : a.Doc.CompareTo(b.Doc);
    }
}
