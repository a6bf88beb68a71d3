using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Search;
using AwesomeClip.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AwesomeClip.Web.Search;

public static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", SearchAsync).WithTags("Search").WithQueryParameters(SearchQueryString.Parameters)
            .WithSummary("Search the catalog")
            .WithDescription("Hits with highlighted snippets, and facet counts by category, year and venue for the same query.");
        app.MapGet("/api/search/bibtex", BibTexAsync).WithTags("Search").WithQueryParameters(SearchQueryString.Parameters)
            .WithSummary("BibTeX of one page of search results")
            .WithDescription("The same parameters as the search; the entries in result order.")
            .Produces<string>(StatusCodes.Status200OK, "application/x-bibtex");
        return app;
    }

    private static async Task<Results<Ok<ApiSearchResult>, ValidationProblem>> SearchAsync(HttpRequest request, CatalogSearch search, CatalogReader reader, CancellationToken ct)
    {
        var (query, errors) = await ParseAsync(request, reader, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Invalid search parameters.");

        var result = await search.SearchAsync(query.ToRequest(), ct);
        return TypedResults.Ok(new ApiSearchResult(
            result.Total,
            result.Page,
            result.PageSize,
            new ApiFacets(
                [.. result.Facets.Categories.Select(c => new ApiCategoryFacet(c.Slug, c.Name, c.Count) { Path = c.Path })],
                [.. result.Facets.Years.Select(y => new ApiYearFacet(y.Year, y.Count))])
            {
                Venues = [.. result.Facets.Venues.Select(v => new ApiVenueFacet(v.Venue, v.Count))],
            },
            [.. result.Hits.Select(h => new ApiHit(
                h.PaperId, h.Title, h.Year, new CategoryRefJson(h.CategorySlug, h.CategoryName), h.Score,
                new ApiHighlights(h.Highlights.Title.ToHtml(), h.Highlights.Abstract.ToHtml(), h.Highlights.Commentary?.ToHtml()))
            {
                Authors = h.Authors,
                Venue = VenueJson.Of(h.Venue),
                Date = h.Date ?? h.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })]));
    }


    /// <summary>BibTeX of the papers of one result page (same parameters as the search), in result order.</summary>
    private static async Task<Results<ContentHttpResult, ValidationProblem>> BibTexAsync(HttpRequest request, CatalogSearch search, CatalogReader reader, BibTexExporter bibtex, CancellationToken ct)
    {
        var (query, errors) = await ParseAsync(request, reader, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Invalid search parameters.");

        var result = await search.SearchAsync(query.ToRequest(), ct);
        var text = await bibtex.ForPapersAsync([.. result.Hits.Select(h => h.PaperId)], ct);
        return TypedResults.Text(text, "application/x-bibtex; charset=utf-8");
    }

    /// <summary>
    /// The query string with its errors; a category slug the catalog does not have is one (as on <c>/api/papers</c>):
    /// the page ignores junk, the API says what is wrong rather than answering "no results".
    /// </summary>
    private static async Task<(SearchQueryString Query, Dictionary<string, string[]> Errors)> ParseAsync(HttpRequest request, CatalogReader reader, CancellationToken ct)
    {
        var (query, errors) = SearchQueryString.Parse(request.Query.ToDictionary(q => q.Key, q => q.Value));
        if (query.Categories.Count > 0 && !errors.ContainsKey("category"))
        {
            var known = (await reader.CategoriesAsync(ct)).Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
            if (query.Categories.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
                errors["category"] = [$"there is no category '{QueryValidation.Truncate(unknown)}'; GET /api/categories lists them."];
        }
        return (query, errors);
    }
}

public sealed record ApiSearchResult(int Total, int Page, int PageSize, ApiFacets Facets, IReadOnlyList<ApiHit> Hits);

public sealed record ApiFacets(IReadOnlyList<ApiCategoryFacet> Categories, IReadOnlyList<ApiYearFacet> Years)
{
    /// <summary>Short venue names (CVPR, NeurIPS, arXiv) and their counts; filter with <c>venue=</c>.</summary>
    public IReadOnlyList<ApiVenueFacet> Venues { get; init; } = [];
}

public sealed record ApiVenueFacet(string Venue, int Count);

public sealed record ApiCategoryFacet(string Slug, string Name, int Count)
{
    /// <summary>The names from the top of the category tree, "Vision / Generation".</summary>
    public string Path { get; init; } = Name;
}

public sealed record ApiYearFacet(int Year, int Count);

public sealed record ApiHit(int Id, string Title, int? Year, CategoryRefJson Category, float Score, ApiHighlights Highlights)
{
    public string? Authors { get; init; }

    public VenueJson? Venue { get; init; }

    /// <summary>ISO 8601 with as many parts as the list gives ("2023", "2023-06-30").</summary>
    public string? Date { get; init; }
}

/// <summary>HTML-encoded text in which only &lt;mark&gt; tags are markup.</summary>
public sealed record ApiHighlights(string Title, string Abstract, string? Commentary);
