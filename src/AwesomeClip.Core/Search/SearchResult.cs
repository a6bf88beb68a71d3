namespace AwesomeClip.Core.Search;

/// <param name="Total">Papers matching the query and all filters.</param>
/// <param name="Page">The page returned (1-based, after clamping).</param>
/// <param name="PageSize">The page size used (after clamping).</param>
public sealed record SearchResult(int Total, int Page, int PageSize, SearchFacets Facets, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResult Empty(int page = 1, int pageSize = SearchRequest.DefaultPageSize) =>
        new(0, page, pageSize, new SearchFacets([], []) { Venues = [] }, []);
}

/// <summary>
/// Counts for the current query. Each facet ignores its own filter (category counts respect the year and code filters,
/// year counts respect the category and code filters), so several categories or another year range can be picked.
/// </summary>
public sealed record SearchFacets(IReadOnlyList<CategoryFacet> Categories, IReadOnlyList<YearFacet> Years)
{
    /// <summary>Short venue names (CVPR, NeurIPS, arXiv) with their counts, respecting every filter but the venue one.</summary>
    public IReadOnlyList<VenueFacet> Venues { get; init; } = [];
}

public sealed record VenueFacet(string Venue, int Count);

public sealed record CategoryFacet(string Slug, string Name, int Count)
{
    /// <summary>The names from the top of the tree ("Vision / Generation"); the name alone at the top.</summary>
    public string Path { get; init; } = Name;
}

public sealed record YearFacet(int Year, int Count);

public sealed record SearchHit(int PaperId, string Title, int? Year, string CategorySlug, string CategoryName, float Score, SearchHighlights Highlights)
{
    public string? Authors { get; init; }

    /// <summary>The venue as written, without its year.</summary>
    public string? Venue { get; init; }

    /// <summary>ISO 8601 when the list gives more than the year ("2023-06-30").</summary>
    public string? Date { get; init; }

    /// <summary>The first figure as the list refers to it (<c>./images/x.png</c>).</summary>
    public string? FigurePath { get; init; }

    /// <summary>The links a hit offers one click away (<see cref="AwesomeClip.Core.Catalog.RowLinks"/>).</summary>
    public IReadOnlyList<AwesomeClip.Core.Catalog.LinkView> Links { get; init; } = [];
}

/// <summary>
/// HTML-safe fragments: all text is HTML-encoded and the only markup is <c>&lt;mark&gt;…&lt;/mark&gt;</c> around matches.
/// <see cref="Title"/> is the whole title; <see cref="Abstract"/> and <see cref="Commentary"/> are snippets around the best
/// matches (or the beginning when nothing matched there); <see cref="Commentary"/> is null when the paper has none.
/// </summary>
public sealed record SearchHighlights(HighlightedText Title, HighlightedText Abstract, HighlightedText? Commentary);

/// <summary>A paper similar to another (MoreLikeThis over its text), for the paper page.</summary>
public sealed record RelatedPaper(int PaperId, string Title, int? Year, string CategorySlug, string CategoryName, float Score);
