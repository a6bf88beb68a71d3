using Lucene.Net.Index;
using Lucene.Net.Search;
using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Applies the category, year and code filters, counts the category and year facets in the same pass (each ignoring
/// its own filter) and forwards the documents that pass every filter to the ranking collector.
/// </summary>
internal sealed class FacetingCollector(ICollector ranking, SearchFilter filter) : ICollector
{
    private readonly Dictionary<string, (CategoryKey Category, int Count)> categoryCounts = new(StringComparer.Ordinal);
    // Counted in an array (a dictionary update per matching document showed at 100,000 papers); odd years in the dictionary.
    private const int YearSlots = 2200;
    private readonly int[] commonYearCounts = new int[YearSlots];
    private readonly Dictionary<int, int> yearCounts = [];
    private SegmentValues? values;
    private int[] segmentCategoryCounts = [];
    private bool[] segmentCategoryAllowed = [];
    private readonly Dictionary<string, int> venueCounts = new(StringComparer.Ordinal);
    private int[] segmentVenueCounts = [];
    private bool[] segmentVenueAllowed = [];

    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => ranking.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => ranking.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        values = SegmentValues.Of(context.AtomicReader);
        segmentCategoryCounts = new int[values.CategoryKeys.Length];
        segmentCategoryAllowed = values.Categories.Select(c => filter.CategoryAllowed(c.Slug, c.Ancestors)).ToArray();
        segmentVenueCounts = new int[values.VenueKeys.Length];
        segmentVenueAllowed = values.VenueKeys.Select(filter.VenueAllowed).ToArray();
        ranking.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var v = values!;
        if (filter.HasCode && !v.HasCode[doc]) return;
        var ord = v.CategoryOrds[doc];
        var year = v.Years[doc];
        var categoryOk = ord >= 0 ? segmentCategoryAllowed[ord] : filter.Categories.Count == 0;
        var yearOk = filter.YearAllowed(year);
        var venueOrd = v.VenueOrds[doc];
        var venueOk = venueOrd >= 0 ? segmentVenueAllowed[venueOrd] : filter.Venues.Count == 0;
        // Each facet counts what passes every filter but its own.
        if (yearOk && venueOk && ord >= 0) segmentCategoryCounts[ord]++;
        if (categoryOk && venueOk)
        {
            if ((uint)year < YearSlots) commonYearCounts[year]++;
            else yearCounts[year] = yearCounts.GetValueOrDefault(year) + 1;
        }
        if (categoryOk && yearOk && venueOrd >= 0) segmentVenueCounts[venueOrd]++;
        if (!categoryOk || !yearOk || !venueOk) return;
        Total++;
        ranking.Collect(doc);
    }

    public SearchFacets Facets()
    {
        FlushSegment();
        var categoryFacets = categoryCounts
            .Select(kv => new CategoryFacet(kv.Value.Category.Slug, kv.Value.Category.Name, kv.Value.Count) { Path = kv.Value.Category.Path })
            .Where(f => f.Count > 0 || filter.Categories.Contains(f.Slug))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        for (var year = 1; year < YearSlots; year++)
        {
            if (commonYearCounts[year] > 0) yearCounts[year] = commonYearCounts[year];
        }
        Array.Clear(commonYearCounts);
        var yearFacets = yearCounts.Where(kv => kv.Value > 0 && kv.Key != 0).Select(kv => new YearFacet(kv.Key, kv.Value)).OrderByDescending(f => f.Year).ToList();
        var venueFacets = venueCounts
            .Where(kv => kv.Value > 0 || filter.Venues.Contains(kv.Key))
            .Select(kv => new VenueFacet(kv.Key, kv.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Venue, StringComparer.Ordinal)
            .ToList();
        return new SearchFacets(categoryFacets, yearFacets) { Venues = venueFacets };
    }

    private void FlushSegment()
    {
        if (values is null) return;
        for (var ord = 0; ord < segmentCategoryCounts.Length; ord++)
        {
            // Selected categories stay listed (with 0) even when nothing in them matches.
            if (segmentCategoryCounts[ord] == 0 && !segmentCategoryAllowed[ord]) continue;
            var key = values.CategoryKeys[ord];
            categoryCounts[key] = (values.Categories[ord], categoryCounts.GetValueOrDefault(key).Count + segmentCategoryCounts[ord]);
        }
        for (var ord = 0; ord < segmentVenueCounts.Length; ord++)
        {
            if (segmentVenueCounts[ord] == 0 && !(segmentVenueAllowed[ord] && filter.Venues.Count > 0)) continue;
            var key = values.VenueKeys[ord];
            venueCounts[key] = venueCounts.GetValueOrDefault(key) + segmentVenueCounts[ord];
        }
        values = null;
    }
}
