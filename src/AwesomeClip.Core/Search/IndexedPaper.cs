using AwesomeClip.Core.Catalog;
using Lucene.Net.Documents;
using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>The stored fields of a paper's document: what hits and related papers show without a database query.</summary>
internal sealed record IndexedPaper(int PaperId, string Title, int? Year, string CategorySlug, string CategoryName, string Abstract, string? Commentary)
{
    public string? Authors { get; init; }

    /// <summary>As written (the short name is <see cref="AwesomeClip.Core.Catalog.VenueNames.Short"/> of it).</summary>
    public string? Venue { get; init; }

    /// <summary>"2023-06-30" or "2023-06" when the list gives more than the year.</summary>
    public string? Date { get; init; }

    public string? FigurePath { get; init; }

    public IReadOnlyList<LinkView> Links { get; init; } = [];

    public static IndexedPaper From(Document doc) => new(
        PaperDocument.PaperId(doc),
        doc.Get(F.Title) ?? "",
        doc.GetField(F.Year)?.GetInt32Value() is { } year and not 0 ? year : null,
        doc.Get(F.CategorySlug) ?? "",
        doc.Get(F.CategoryName) ?? "",
        doc.Get(F.Abstract) ?? "",
        doc.Get(F.Commentary))
    {
        Authors = doc.Get(F.Authors),
        Venue = doc.Get(F.Venue),
        Date = doc.Get(F.Date),
        FigurePath = doc.Get(F.Figure),
        Links = [.. doc.GetValues(F.RowLinks).Select(LinkOf).OfType<LinkView>()],
    };

    private static LinkView? LinkOf(string stored) =>
        stored.Split(F.FacetSeparator, 3) is [var kind, var label, var url] && LinkClassifier.TryParseWireName(kind, out var k)
            ? new LinkView(k, label, url)
            : null;
}
