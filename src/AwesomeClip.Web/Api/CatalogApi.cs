using AwesomeClip.Core.Reading;
using System.ComponentModel;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Web.Caching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AwesomeClip.Web.Api;

/// <summary>The public, read-only JSON API.</summary>
public static class CatalogApi
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Catalog");
        api.MapGet("/categories", GetCategories).WithSummary("Every category")
            .WithDescription("In list order, with its parent's slug, its depth in the tree, its own papers (count) and those of its sub-sections (total).").WithCatalogCaching();
        api.MapGet("/papers", GetPapers).WithSummary("Papers, a page at a time")
            .WithDescription("In list order; category takes its sub-sections. Unknown categories and out-of-range numbers are a 400 that says which.").WithCatalogCaching();
        api.MapGet("/papers/{id}", GetPaper).WithSummary("One paper").ProducesProblem(StatusCodes.Status404NotFound).WithCatalogCaching();
        // Unknown API paths answer in JSON too, never with the HTML not-found page.
        api.Map("/{**rest}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API endpoint.")).ExcludeFromDescription();
        return app;
    }

    private static async Task<Ok<IEnumerable<ApiCategory>>> GetCategories(CatalogReader reader, CancellationToken ct)
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

    private static async Task<Results<Ok<ApiPaperPage>, ValidationProblem>> GetPapers(
        CatalogReader reader,
        [Description("A category slug (GET /api/categories); takes its sub-sections.")] string? category,
        [Description("Only papers of this year.")] string? year,
        [Description("The page, from 1.")] string? page,
        [Description("Papers per page (default 50, at most 200).")] string? pageSize,
        CancellationToken ct)
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

    private static async Task<Results<Ok<PaperJson>, ValidationProblem, ProblemHttpResult>> GetPaper(
        CatalogReader reader, [Description("The paper's id.")] string id, CancellationToken ct)
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
