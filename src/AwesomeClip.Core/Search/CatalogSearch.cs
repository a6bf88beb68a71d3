using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Searches the catalog: free text with filters, facets, highlights and paging; and related papers. Stateless apart
/// from the <see cref="SearchIndex"/> it reads; register as a singleton. Never throws for any user input.
/// </summary>
public sealed class CatalogSearch
{
    private readonly SearchIndex index;
    private readonly ILogger<CatalogSearch> logger;
    private readonly QueryBuilder builder;
    private readonly SnippetHighlighter highlighter;
    private readonly RelatedPapersCache related;

    public CatalogSearch(SearchIndex index, ILogger<CatalogSearch> logger)
        : this(index, logger, SearchTuning.Default)
    {
    }

    internal CatalogSearch(SearchIndex index, ILogger<CatalogSearch> logger, SearchTuning tuning)
    {
        this.index = index;
        this.logger = logger;
        builder = new QueryBuilder(index.Analyzers, tuning);
        highlighter = new SnippetHighlighter(index.Analyzers);
        related = new RelatedPapersCache(new RelatedFinder(index.Analyzers));
    }

    /// <summary>Runs a search. Waits for the index to be ready (see <see cref="SearchIndex.EnsureReadyAsync"/>).</summary>
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var normalized = request.Normalized();
        try
        {
            return await index.UseSearcherAsync(searcher => Execute(searcher, normalized), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not ObjectDisposedException)
        {
            // Queries are bounded by construction; this is the last line of defence for the page and the API.
            logger.LogError(e, "Search failed for query {Query}", UserQuery.Sanitize(request.Query));
            return SearchResult.Empty(normalized.Page, normalized.PageSize);
        }
    }

    /// <summary>Up to <paramref name="count"/> papers like the given one, best first; empty when the paper isn't indexed.</summary>
    public async Task<IReadOnlyList<RelatedPaper>> RelatedAsync(int paperId, int count = 5, CancellationToken cancellationToken = default)
    {
        try
        {
            return await index.UseSearcherAsync(searcher => related.Find(searcher, paperId, Math.Clamp(count, 0, 50)), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not ObjectDisposedException)
        {
            logger.LogError(e, "Related papers failed for paper {PaperId}", paperId);
            return [];
        }
    }

    private SearchResult Execute(IndexSearcher searcher, SearchRequest request)
    {
        var unmatched = new HashSet<Term>();
        var built = builder.Build(UserQuery.Parse(request.Query), searcher.IndexReader, unmatched);
        var query = built is null ? new MatchAllDocsQuery() : searcher.Rewrite(built);
        var terms = built is null ? HighlightTerms.None : HighlightTerms.From(query, unmatched);

        var ranking = new RankingCollector(request.Sort, matchAll: built is null, request.Page * request.PageSize);
        var collector = new FacetingCollector(ranking, SearchFilter.From(request));
        searcher.Search(query, collector);

        var hits = ranking.Top((request.Page - 1) * request.PageSize, request.PageSize)
            .Select(hit =>
            {
                var paper = StoredPapers.Get(searcher, hit.Doc);
                var score = float.IsNaN(hit.Score) ? 0f : hit.Score;
                return new SearchHit(paper.PaperId, paper.Title, paper.Year, paper.CategorySlug, paper.CategoryName, score,
                    highlighter.Highlight(paper, terms))
                {
                    Authors = paper.Authors,
                    Venue = paper.Venue,
                    Date = paper.Date,
                    FigurePath = paper.FigurePath,
                    Links = paper.Links,
                };
            })
            .ToList();
        return new SearchResult(collector.Total, request.Page, request.PageSize, collector.Facets(), hits);
    }

}
