using System.Globalization;
using AwesomeClip.Core.Search;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Search;

/// <summary>One filter a search applies, with the URL of the same search without it (the removable chips).</summary>
public sealed record ActiveFilter(string Label, string RemoveUrl)
{
    /// <summary>The search's filters in the order the facets show them; sort and page are not filters.</summary>
    public static IReadOnlyList<ActiveFilter> Of(SearchQueryString search, IReadOnlyList<CategoryFacet> categories, IStringLocalizer<SearchStrings> L)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(L);
        var filters = new List<ActiveFilter>();
        foreach (var slug in search.Categories)
        {
            var name = categories.FirstOrDefault(c => c.Slug == slug)?.Path ?? slug;
            filters.Add(new(name, search.WithCategory(slug).ToUrl()));
        }
        if (search.YearFrom is not null || search.YearTo is not null) filters.Add(new(YearLabel(search, L), search.WithYear(null).ToUrl()));
        foreach (var venue in search.Venues) filters.Add(new(venue, search.WithVenue(venue).ToUrl()));
        if (search.HasCode) filters.Add(new(L["Has code"], (search with { HasCode = false, Page = 1 }).ToUrl()));
        return filters;
    }

    private static string YearLabel(SearchQueryString search, IStringLocalizer<SearchStrings> L) => (search.YearFrom, search.YearTo) switch
    {
        (int from, int to) when from == to => Str(from),
        (int from, int to) => $"{Str(from)}–{Str(to)}",
        (int from, null) => L["From {0}", Str(from)],
        (null, int to) => L["Until {0}", Str(to)],
        _ => "",
    };

    private static string Str(int year) => year.ToString(CultureInfo.InvariantCulture);
}
