using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>
/// "Related papers": MoreLikeThis over the paper's title (English), abstract and commentary (Chinese words and English),
/// tuned for a catalog of about a hundred papers (a word seen once is enough; it must occur in at least one other paper
/// and in at most half of them, which drops "CLIP"), nudged towards the same category. Falls back to the paper's
/// category neighbours in list order when the text alone finds too few.
/// </summary>
internal sealed class RelatedFinder(CatalogAnalyzers analyzers)
{
    private static readonly (string Field, float Boost, bool Title)[] Sources =
    [
        (F.TitleEnglish, 2f, true),
        (F.BodyChinese, 1f, false),
        (F.BodyEnglish, 1f, false),
    ];

    public IReadOnlyList<RelatedPaper> Find(IndexSearcher searcher, int paperId, int count)
    {
        if (count <= 0) return [];
        var self = new TermQuery(PaperDocument.IdTerm(paperId));
        var found = searcher.Search(self, 1);
        if (found.TotalHits == 0) return [];
        var paper = StoredPapers.Get(searcher, found.ScoreDocs[0].Doc);

        var like = new BooleanQuery();
        var mlt = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = analyzers.PerField,
            MinTermFreq = 1,
            MinDocFreq = 2,
            MinWordLen = 2,
            MaxQueryTerms = 25,
            ApplyBoost = true,
        };
        mlt.SetMaxDocFreqPct(50);
        var body = string.Join('\n', paper.Abstract, paper.Commentary ?? "");
        foreach (var (field, boost, title) in Sources)
        {
            mlt.FieldNames = [field];
            using var reader = new StringReader(title ? paper.Title : body);
            var query = mlt.Like(reader, field);
            if (query is BooleanQuery { Clauses.Count: 0 }) continue;
            query.Boost = boost;
            like.Add(query, Occur.SHOULD);
        }
        var related = new List<RelatedPaper>(count);
        if (like.Clauses.Count > 0)
        {
            like.Add(new TermQuery(new Term(F.CategorySlug, paper.CategorySlug)) { Boost = 0.5f }, Occur.SHOULD);
            like.Add(self, Occur.MUST_NOT);
            foreach (var hit in searcher.Search(like, count).ScoreDocs)
                related.Add(ToRelated(searcher, hit.Doc, hit.Score));
        }
        if (related.Count < count) related.AddRange(CategoryNeighbours(searcher, paper, related, count - related.Count));
        return related;
    }

    private static IEnumerable<RelatedPaper> CategoryNeighbours(IndexSearcher searcher, IndexedPaper paper, List<RelatedPaper> taken, int count)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(F.CategorySlug, paper.CategorySlug)), Occur.MUST },
            { new TermQuery(PaperDocument.IdTerm(paper.PaperId)), Occur.MUST_NOT },
        };
        foreach (var id in taken.Select(r => r.PaperId)) query.Add(new TermQuery(PaperDocument.IdTerm(id)), Occur.MUST_NOT);
        var top = searcher.Search(query, count, new Sort(new SortField(F.ListOrder, SortFieldType.INT64)));
        return top.ScoreDocs.Select(hit => ToRelated(searcher, hit.Doc, 0f)).ToList();
    }

    private static RelatedPaper ToRelated(IndexSearcher searcher, int doc, float score)
    {
        var p = StoredPapers.Get(searcher, doc);
        return new RelatedPaper(p.PaperId, p.Title, p.Year, p.CategorySlug, p.CategoryName, float.IsNaN(score) ? 0f : score);
    }
}
