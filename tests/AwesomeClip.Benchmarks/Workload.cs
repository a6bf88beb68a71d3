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

    /// <summary>Kinds for the diffusion-models list (English only, no judged queries: latency, not relevance).</summary>
    public static readonly string[] LargeKinds = ["english", "phrase", "prefix", "author", "venue", "typo", "filtered", "faceted", "browse"];

    /// <summary>The large list's biggest sub-categories (Papers › Vision › …), selected together for <c>faceted</c>.</summary>
    public static readonly string[] LargeFacetCategories = ["multi-modal-learning", "generation"];

    private static readonly Dictionary<string, string[]> LargeQueries = new(StringComparer.Ordinal)
    {
        ["english"] = ["diffusion", "video", "inpainting", "super-resolution", "text-to-image", "image editing", "medical image segmentation", "speech synthesis", "molecule generation", "time series forecasting"],
        ["phrase"] = ["\"denoising diffusion\"", "\"score-based generative\"", "\"latent diffusion\"", "\"image-to-image translation\"", "\"text-to-speech\""],
        // UserQuery reads the last word as still being typed: a prefix.
        ["prefix"] = ["inpai", "diff", "vid", "super-res", "medic", "segm", "text-to-im"],
        ["author"] = ["Jonathan Ho", "Yang Song", "Stefano Ermon", "Tim Salimans", "Chitwan Saharia", "Robin Rombach", "Hyungjin Chung", "Jong Chul Ye"],
        ["venue"] = ["CVPR", "NeurIPS", "ICLR", "MICCAI", "Interspeech"],
        ["typo"] = ["difusion", "inpaiting", "segmantation", "vidoe", "supperresolution", "moleculr"],
    };

    public static Workload ForLarge(string kind)
    {
        var english = LargeQueries["english"];
        return kind switch
        {
            "filtered" => new(kind,
                english.Select(q => LuceneOp(new SearchRequest { Query = q, YearFrom = 2023, HasCode = true, PageSize = 10 })).ToList(),
                english.Select(q => FtsOp(c => c.Fts.Search(q, new Fts5Search.Filter(2023, true)).Count)).ToList()),
            "faceted" => new(kind,
                english.Select(q => LuceneOp(new SearchRequest { Query = q, Categories = LargeFacetCategories, PageSize = 10 })).ToList(),
                english.Select(q => FtsOp(c => c.Fts.Search(q).Count + c.Fts.Facets(q))).ToList()),
            "browse" => new(kind, [LuceneOp(new SearchRequest { PageSize = 10 })], [FtsOp(c => c.Fts.Search("").Count + c.Fts.Facets(""))]),
            _ => new(kind,
                LargeQueries[kind].Select(q => LuceneOp(new SearchRequest { Query = q, PageSize = 10 })).ToList(),
                LargeQueries[kind].Select(q => FtsOp(c => c.Fts.Search(q).Count)).ToList()),
        };
    }

    private static Func<Corpus, int> LuceneOp(SearchRequest request) =>
        c => c.Search.SearchAsync(request).GetAwaiter().GetResult().Hits.Count;

    private static Func<Corpus, int> FtsOp(Func<Corpus, int> run) => run;
}
