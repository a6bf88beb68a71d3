using Microsoft.AspNetCore.WebUtilities;

namespace AwesomeClip.Web;

/// <summary>Shareable URLs of the public pages.</summary>
public static class Links
{
    public static string Papers(string? category, int? year)
    {
        var query = new Dictionary<string, string?>();
        if (category is not null) query["category"] = category;
        if (year is not null) query["year"] = year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString("/papers", query);
    }

    public static string Paper(int id) => $"/papers/{id}";
}
