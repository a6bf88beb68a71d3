using System.Globalization;
using AwesomeClip.Core.Search;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>A search result as one comparable text: total, facets, and each hit's id, score and highlights.</summary>
public static class SearchResultText
{
    public static string Of(SearchResult result) => string.Join('\n',
    [
        $"total {result.Total}",
        "categories " + string.Join(", ", result.Facets.Categories.Select(c => $"{c.Slug}={c.Count}")),
        "years " + string.Join(", ", result.Facets.Years.Select(y => $"{y.Year}={y.Count}")),
        .. result.Hits.Select(h => string.Create(CultureInfo.InvariantCulture,
            $"{h.PaperId} {h.Score:R} {h.Highlights.Title.ToHtml()} | {h.Highlights.Abstract.ToHtml()} | {h.Highlights.Commentary?.ToHtml()}")),
    ]);
}
