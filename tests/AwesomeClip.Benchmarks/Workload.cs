using AwesomeClip.Core.Search;

namespace AwesomeClip.Benchmarks;

/// <summary>One kind of query, as the same operations for both engines.</summary>
internal sealed record Workload(string Kind, IReadOnlyList<Func<Corpus, int>> Lucene, IReadOnlyList<Func<Corpus, int>> Fts5)
{
    public static readonly string[] Kinds = ["chinese", "english", "mixed", "typo", "acronym", "filtered", "faceted", "browse"];

    public static Workload For(string kind, IReadOnlyList<JudgedQuery> judged)
    {
        var english = judged.Where(q => q.Kind == "english").Select(q => q.Query).ToList();
        var englishAndChinese = judged.Where(q => q.Kind is "english" or "chinese").Select(q => q.Query).ToList();
        return kind switch
        {
            // Lucene always counts facets and highlights the page; FTS5 returns the top ten titles.
            "filtered" => new(kind,
                englishAndChinese.Select(q => LuceneOp(new SearchRequest { Query = q, YearFrom = 2023, HasCode = true, PageSize = 10 })).ToList(),
                englishAndChinese.Select(q => FtsOp(c => c.Fts.Search(q, new Fts5Search.Filter(2023, true)).Count)).ToList()),
            // Facet counts for a query and the selected categories; FTS5 needs a GROUP BY per facet.
            "faceted" => new(kind,
                english.Select(q => LuceneOp(new SearchRequest { Query = q, Categories = ["segmentation", "detection"], PageSize = 10 })).ToList(),
                english.Select(q => FtsOp(c => c.Fts.Search(q).Count + c.Fts.Facets(q))).ToList()),
            // No query: the first page of the whole catalog with its facets.
            "browse" => new(kind, [LuceneOp(new SearchRequest { PageSize = 10 })], [FtsOp(c => c.Fts.Search("").Count + c.Fts.Facets(""))]),
            _ => new(kind,
                judged.Where(q => q.Kind == kind).Select(q => LuceneOp(new SearchRequest { Query = q.Query, PageSize = 10 })).ToList(),
                judged.Where(q => q.Kind == kind).Select(q => FtsOp(c => c.Fts.Search(q.Query).Count)).ToList()),
        };
    }

    private static Func<Corpus, int> LuceneOp(SearchRequest request) =>
        c => c.Search.SearchAsync(request).GetAwaiter().GetResult().Hits.Count;

    private static Func<Corpus, int> FtsOp(Func<Corpus, int> run) => run;
}
