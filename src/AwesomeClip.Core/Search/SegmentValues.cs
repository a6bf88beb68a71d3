using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>
/// A segment's per-document filter, facet and sort values as plain arrays. Doc values read through SimpleFSDirectory
/// cost a seek and a locked read per document; segments are immutable, so the arrays are loaded once per segment core
/// (when the searcher is refreshed) and dropped with it.
/// </summary>
internal sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = new();

    private SegmentValues(int[] years, bool[] hasCode, long[] listOrder, int[] categoryOrds, string[] categoryKeys, int[] venueOrds, string[] venueKeys)
    {
        Years = years;
        HasCode = hasCode;
        ListOrder = listOrder;
        CategoryOrds = categoryOrds;
        CategoryKeys = categoryKeys;
        Categories = [.. categoryKeys.Select(k => new CategoryKey(
            CategoryFacetValue.Slug(k), CategoryFacetValue.Name(k), CategoryFacetValue.Path(k), CategoryFacetValue.Ancestors(k)))];
        VenueOrds = venueOrds;
        VenueKeys = venueKeys;
    }

    /// <summary>Index into <see cref="VenueKeys"/>, −1 when the document has no venue.</summary>
    public int[] VenueOrds { get; }

    /// <summary>Short venue name per ordinal.</summary>
    public string[] VenueKeys { get; }

    public int[] Years { get; }

    public bool[] HasCode { get; }

    public long[] ListOrder { get; }

    /// <summary>Index into <see cref="CategoryKeys"/>, −1 when the document has no category.</summary>
    public int[] CategoryOrds { get; }

    /// <summary>"slug\u001Fname" per ordinal.</summary>
    public string[] CategoryKeys { get; }

    /// <summary><see cref="CategoryKeys"/> taken apart, per ordinal.</summary>
    public CategoryKey[] Categories { get; }

    public static SegmentValues Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Load(reader));

    private static SegmentValues Load(AtomicReader reader)
    {
        var maxDoc = reader.MaxDoc;
        var years = new int[maxDoc];
        var hasCode = new bool[maxDoc];
        var listOrder = new long[maxDoc];
        var ords = new int[maxDoc];
        var yearValues = reader.GetNumericDocValues(F.Year);
        var codeValues = reader.GetNumericDocValues(F.HasCode);
        var orderValues = reader.GetNumericDocValues(F.ListOrder);
        var categories = reader.GetSortedDocValues(F.CategoryFacet);
        var venues = reader.GetSortedDocValues(F.VenueFacet);
        var venueOrds = new int[maxDoc];
        for (var doc = 0; doc < maxDoc; doc++)
        {
            venueOrds[doc] = venues?.GetOrd(doc) ?? -1;
            years[doc] = (int)(yearValues?.Get(doc) ?? 0);
            hasCode[doc] = codeValues?.Get(doc) == 1;
            listOrder[doc] = orderValues?.Get(doc) ?? long.MaxValue;
            ords[doc] = categories?.GetOrd(doc) ?? -1;
        }
        var keys = new string[categories?.ValueCount ?? 0];
        var term = new BytesRef();
        for (var ord = 0; ord < keys.Length; ord++)
        {
            categories!.LookupOrd(ord, term);
            keys[ord] = term.Utf8ToString();
        }
        var venueKeys = new string[venues?.ValueCount ?? 0];
        for (var ord = 0; ord < venueKeys.Length; ord++)
        {
            venues!.LookupOrd(ord, term);
            venueKeys[ord] = term.Utf8ToString();
        }
        return new SegmentValues(years, hasCode, listOrder, ords, keys, venueOrds, venueKeys);
    }
}

internal sealed record CategoryKey(string Slug, string Name, string Path, IReadOnlyList<string> Ancestors);
