using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}

/// <summary>A search as the page or <c>/api/search</c> received it; any values are accepted and normalized.</summary>
public sealed record SearchRequest
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Deepest result reachable by paging (page × page size).</summary>
    public const int MaxDepth = 10_000;

    /// <summary>Free text in any mix of Chinese and English; <c>"phrase"</c>, <c>-exclude</c>, <c>OR</c>. Empty: all papers.</summary>
    public string? Query { get; init; }

    /// <summary>Category slugs; a paper in any of them matches. Empty: all categories.</summary>
    public IReadOnlyCollection<string> Categories { get; init; } = [];

    public int? YearFrom { get; init; }

    public int? YearTo { get; init; }

    /// <summary>Only papers with a GitHub link.</summary>
    public bool HasCode { get; init; }

    /// <summary>Short venue names (CVPR, NeurIPS, arXiv, any case); a paper at any of them matches. Empty: every venue.</summary>
    public IReadOnlyCollection<string> Venues { get; init; } = [];

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    internal SearchRequest Normalized()
    {
        var size = Math.Clamp(PageSize, 1, MaxPageSize);
        var (from, to) = (YearFrom, YearTo) is ({ } a, { } b) && a > b ? (YearTo, YearFrom) : (YearFrom, YearTo);
        return this with
        {
            PageSize = size,
            Page = Math.Clamp(Page, 1, MaxDepth / size),
            YearFrom = from,
            YearTo = to,
            Categories = Categories.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct(StringComparer.Ordinal).Take(64).ToList(),
            Venues = Venues.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => VenueNames.Short(v.Trim())!).Distinct(StringComparer.OrdinalIgnoreCase).Take(64).ToList(),
        };
    }
}
