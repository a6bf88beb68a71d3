namespace AwesomeClip.Core.Search;

/// <summary>The filters of a request, checked per document against doc values by <see cref="FacetingCollector"/>.</summary>
internal sealed record SearchFilter(IReadOnlySet<string> Categories, int? YearFrom, int? YearTo, bool HasCode)
{
    public IReadOnlySet<string> Venues { get; init; } = new HashSet<string>();

    public static SearchFilter From(SearchRequest request) =>
        new(request.Categories.ToHashSet(StringComparer.Ordinal), request.YearFrom, request.YearTo, request.HasCode)
        {
            Venues = request.Venues.ToHashSet(StringComparer.OrdinalIgnoreCase),
        };

    public bool VenueAllowed(string? venue) => Venues.Count == 0 || venue is not null && Venues.Contains(venue);

    public bool YearAllowed(int year) => (YearFrom is null || year >= YearFrom) && (YearTo is null || year <= YearTo);

    /// <summary>The category, or a section it is under, is one of those asked for.</summary>
    public bool CategoryAllowed(string slug, IReadOnlyList<string> ancestors) =>
        Categories.Count == 0 || Categories.Contains(slug) || ancestors.Any(Categories.Contains);
}
