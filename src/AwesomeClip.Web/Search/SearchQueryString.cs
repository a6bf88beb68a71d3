using System.Globalization;
using AwesomeClip.Core.Search;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace AwesomeClip.Web.Search;

/// <summary>
/// The search as it appears in a shareable URL (<c>/search?q=…&amp;category=…&amp;year=…</c>) and in <c>/api/search</c>.
/// Parsing collects errors instead of throwing, so the API can answer 400 and the page can ignore junk.
/// </summary>
public sealed record SearchQueryString(
    string? Query,
    IReadOnlyList<string> Categories,
    int? YearFrom,
    int? YearTo,
    bool HasCode,
    SearchSort Sort,
    int Page,
    int PageSize)
{
    public static SearchQueryString Empty { get; } = new(null, [], null, null, false, SearchSort.Relevance, 1, SearchRequest.DefaultPageSize);

    /// <summary>The most venues (or categories) one search filters by: as many as <see cref="SearchRequest"/> takes.</summary>
    public const int MaxFilterValues = 64;

    public const int MaxVenueLength = 100;

    /// <summary>The parameters <see cref="Parse"/> reads, as the API document describes them.</summary>
    public static IReadOnlyList<Api.QueryParameter> Parameters { get; } =
    [
        new("q", Microsoft.OpenApi.JsonSchemaType.String, "Words to find in titles, abstracts and notes, in Chinese or English (typos and acronyms are expanded)."),
        new("category", Microsoft.OpenApi.JsonSchemaType.String, "Category slugs (GET /api/categories); a category takes its sub-sections. Repeat or separate by commas.", Repeatable: true),
        new("venue", Microsoft.OpenApi.JsonSchemaType.String, "Short venue names such as CVPR or NeurIPS. Repeat or separate by commas.", Repeatable: true),
        new("year", Microsoft.OpenApi.JsonSchemaType.Integer, "One year (yearFrom and yearTo win over it)."),
        new("yearFrom", Microsoft.OpenApi.JsonSchemaType.Integer, "The first year; a reversed range is swapped."),
        new("yearTo", Microsoft.OpenApi.JsonSchemaType.Integer, "The last year."),
        new("hasCode", Microsoft.OpenApi.JsonSchemaType.Boolean, "Only papers with a repository or a code link."),
        new("sort", Microsoft.OpenApi.JsonSchemaType.String, "relevance (default), newest or oldest."),
        new("page", Microsoft.OpenApi.JsonSchemaType.Integer, $"The result page, from 1 (at most {SearchRequest.MaxDepth})."),
        new("pageSize", Microsoft.OpenApi.JsonSchemaType.Integer, $"Hits per page (default {SearchRequest.DefaultPageSize}, at most {SearchRequest.MaxPageSize})."),
    ];

    /// <summary>Short venue names (<c>venue=CVPR&amp;venue=NeurIPS</c> or <c>venue=CVPR,NeurIPS</c>).</summary>
    public IReadOnlyList<string> Venues { get; init; } = [];

    public static (SearchQueryString Value, Dictionary<string, string[]> Errors) Parse(IReadOnlyDictionary<string, StringValues> query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? One(string key) => query.TryGetValue(key, out var v) ? v.LastOrDefault() : null;
        int? Int(string key, int min, int max)
        {
            var raw = One(key);
            if (string.IsNullOrWhiteSpace(raw)) return null;
            if (!int.TryParse(raw.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) errors[key] = [$"'{Clip(raw)}' is not a whole number."];
            else if (value < min || value > max) errors[key] = [$"must be between {min} and {max}, got {value}."];
            else return value;
            return null;
        }

        var year = Int("year", 1000, 9999);
        var yearFrom = Int("yearFrom", 1000, 9999) ?? year;
        var yearTo = Int("yearTo", 1000, 9999) ?? year;
        var page = Int("page", 1, SearchRequest.MaxDepth) ?? 1;
        var pageSize = Int("pageSize", 1, SearchRequest.MaxPageSize) ?? SearchRequest.DefaultPageSize;

        var hasCode = false;
        if (One("hasCode") is { Length: > 0 } code)
        {
            if (code is "1" or "on" || code.Equals("true", StringComparison.OrdinalIgnoreCase)) hasCode = true;
            else if (!(code is "0" || code.Equals("false", StringComparison.OrdinalIgnoreCase))) errors["hasCode"] = ["must be true or false."];
        }

        var sort = SearchSort.Relevance;
        if (One("sort") is { Length: > 0 } s)
        {
            var known = Enum.GetValues<SearchSort>().Where(v => v.ToString().Equals(s.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            if (known.Count == 1) sort = known[0];
            else errors["sort"] = ["must be relevance, newest or oldest."];
        }

        var categories = query.TryGetValue("category", out var c)
            ? c.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToList()
            : [];

        var venues = query.TryGetValue("venue", out var vs)
            ? vs.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [];
        // A venue the filter cannot take is refused, not dropped: dropping it would change the results without saying so
        // (dropping the only one would answer every paper).
        if (venues.FirstOrDefault(v => v.Length > MaxVenueLength) is { } tooLong)
            errors["venue"] = [$"'{Clip(tooLong)}' is longer than {MaxVenueLength} characters; venues are short names such as CVPR or NeurIPS."];
        else if (venues.Count > MaxFilterValues)
            errors["venue"] = [$"at most {MaxFilterValues} venues, got {venues.Count}."];
        venues = [.. venues.Where(v => v.Length <= MaxVenueLength).Take(MaxFilterValues)];
        if (categories.Count > MaxFilterValues) errors["category"] = [$"at most {MaxFilterValues} categories, got {categories.Count}."];

        return (new SearchQueryString(One("q"), categories, yearFrom, yearTo, hasCode, sort, page, pageSize) { Venues = venues }, errors);
    }

    public SearchRequest ToRequest() => new()
    {
        Query = Query,
        Categories = Categories,
        YearFrom = YearFrom,
        YearTo = YearTo,
        HasCode = HasCode,
        Venues = Venues,
        Sort = Sort,
        Page = Page,
        PageSize = PageSize,
    };

    /// <summary>The shareable URL of this search (defaults left out).</summary>
    public string ToUrl(string path = "/search")
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(Query)) pairs.Add(new("q", Query));
        pairs.AddRange(Categories.Select(c => new KeyValuePair<string, string?>("category", c)));
        if (YearFrom is not null && YearFrom == YearTo)
        {
            pairs.Add(new("year", Str(YearFrom)));
        }
        else
        {
            if (YearFrom is not null) pairs.Add(new("yearFrom", Str(YearFrom)));
            if (YearTo is not null) pairs.Add(new("yearTo", Str(YearTo)));
        }
        if (HasCode) pairs.Add(new("hasCode", "true"));
        pairs.AddRange(Venues.Select(v => new KeyValuePair<string, string?>("venue", v)));
        if (Sort != SearchSort.Relevance) pairs.Add(new("sort", Sort.ToString().ToLowerInvariant()));
        if (Page != 1) pairs.Add(new("page", Str(Page)));
        if (PageSize != SearchRequest.DefaultPageSize) pairs.Add(new("pageSize", Str(PageSize)));
        return QueryHelpers.AddQueryString(path, pairs);
    }

    public SearchQueryString WithCategory(string slug) =>
        this with { Categories = Categories.Contains(slug) ? [.. Categories.Where(c => c != slug)] : [.. Categories, slug], Page = 1 };

    public SearchQueryString WithYear(int? year) => this with { YearFrom = year, YearTo = year, Page = 1 };

    public SearchQueryString WithVenue(string venue) =>
        this with { Venues = Venues.Contains(venue, StringComparer.OrdinalIgnoreCase) ? [.. Venues.Where(v => !v.Equals(venue, StringComparison.OrdinalIgnoreCase))] : [.. Venues, venue], Page = 1 };

    private static string Str(int? value) => value!.Value.ToString(CultureInfo.InvariantCulture);

    private static string Clip(string raw) => raw.Length <= 40 ? raw : raw[..40] + "…";
}
