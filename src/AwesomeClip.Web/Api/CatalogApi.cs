using AwesomeClip.Core.Export;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Web.Api;

/// <summary>The public, read-only JSON API.</summary>
public static class CatalogApi
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/categories", GetCategories);
        api.MapGet("/papers", GetPapers);
        api.MapGet("/papers/{id}", GetPaper);
        // Unknown API paths answer in JSON too, never with the HTML not-found page.
        api.Map("/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API endpoint."));
        return app;
    }

    private static async Task<IResult> GetCategories(CatalogReader reader, CancellationToken ct)
    {
        var categories = await reader.CategoriesAsync(ct);
        var slugs = categories.ToDictionary(c => c.Id, c => c.Slug);
        return TypedResults.Ok(categories.Select(c => new ApiCategory(c.Slug, c.Name, c.Order, c.Count)
        {
            Parent = c.ParentId is { } p && slugs.TryGetValue(p, out var parent) ? parent : null,
            Depth = c.Depth,
            Total = c.Total,
        }));
    }

    private static async Task<IResult> GetPapers(
        CatalogReader reader, string? category, string? year, string? page, string? pageSize, CancellationToken ct)
    {
        var v = new QueryValidation();
        var y = v.Int("year", year, 1000, 9999);
        var p = v.Int("page", page, 1, 1_000_000) ?? 1;
        var size = v.Int("pageSize", pageSize, 1, MaxPageSize) ?? DefaultPageSize;
        var slug = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        if (slug is not null && !await reader.CategoryExistsAsync(slug, ct))
            v.Fail("category", $"there is no category '{QueryValidation.Truncate(slug)}'; GET /api/categories lists them.");
        if (!v.IsValid) return TypedResults.ValidationProblem(v.Errors, title: "Invalid query parameters.");

        var result = await reader.PaperPageAsync(slug, y, p, size, ct);
        return TypedResults.Ok(new ApiPaperPage(result.Total, result.Page, result.PageSize, [.. result.Items.Select(PaperJson.From)]));
    }

    private static async Task<IResult> GetPaper(CatalogReader reader, string id, CancellationToken ct)
    {
        var v = new QueryValidation();
        var paperId = v.Int("id", id, 1, int.MaxValue);
        if (!v.IsValid || paperId is null) return TypedResults.ValidationProblem(v.Errors, title: "Invalid paper id.");
        var paper = await reader.PaperAsync(paperId.Value, ct);
        return paper is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Paper not found.", detail: $"There is no paper with id {paperId}.")
            : TypedResults.Ok(PaperJson.From(paper));
    }
}
