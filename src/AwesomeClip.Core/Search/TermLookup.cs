using Lucene.Net.Index;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Looks terms up for one query being built, with one terms enumerator per field and segment. Lucene's own lookup
/// (<see cref="TermContext.Build"/>, <see cref="IndexReader.DocFreq"/>) makes a new enumerator, and clones its file,
/// for every term: with a few dozen terms per query that was most of a query's garbage on a small catalog.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<string, TermsEnum?[]> enums = new(StringComparer.Ordinal);
    private readonly Dictionary<Term, TermContext> found = [];

    public IndexReader Reader => reader;

    /// <summary>Where the term occurs, per segment, for a <see cref="Lucene.Net.Search.TermQuery"/>; null when no document has it.</summary>
    public TermContext? Find(Term term)
    {
        if (found.TryGetValue(term, out var known)) return known.DocFreq == 0 ? null : known;
        var top = reader.Context;
        var context = new TermContext(top);
        var leaves = top.Leaves;
        var perLeaf = Enums(term.Field, leaves.Count);
        for (var i = 0; i < leaves.Count; i++)
        {
            var termsEnum = perLeaf[i] ??= leaves[i].AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            if (termsEnum is null || !termsEnum.SeekExact(term.Bytes)) continue;
            context.Register(termsEnum.GetTermState(), leaves[i].Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
        }
        found[term] = context;
        return context.DocFreq == 0 ? null : context;
    }

    public int DocFreq(Term term) => Find(term)?.DocFreq ?? 0;

    public int DocFreq(string field, string text) => DocFreq(new Term(field, text));

    /// <summary>The field's enumerator of the only segment (a small catalog), else null: callers walk the merged view.</summary>
    public TermsEnum? SingleSegmentEnum(string field)
    {
        var leaves = reader.Context.Leaves;
        if (leaves.Count != 1) return null;
        var perLeaf = Enums(field, 1);
        return perLeaf[0] ??= leaves[0].AtomicReader.GetTerms(field)?.GetEnumerator();
    }

    private TermsEnum?[] Enums(string field, int count)
    {
        if (!enums.TryGetValue(field, out var perLeaf)) enums[field] = perLeaf = new TermsEnum?[count];
        return perLeaf;
    }
}
