using Microsoft.AspNetCore.WebUtilities;

namespace AwesomeClip.Web;

/// <summary>Shareable URLs of the public pages.</summary>
public static class Links
{
    /// <summary>A category or year list; <paramref name="page"/> 1 is the list without a page number.</summary>
    /// <summary>Papers on one page of a category or year list.</summary>
    public const int ListPageSize = 100;

    public static string Papers(string? category, int? year, int page = 1)
    {
        var query = new Dictionary<string, string?>();
        if (category is not null) query["category"] = category;
        if (year is not null) query["year"] = year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (page > 1) query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/papers", query);
    }

    public static string Paper(int id) => $"/papers/{id}";
}
