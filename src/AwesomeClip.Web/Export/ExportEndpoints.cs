using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Web.Caching;
using AwesomeClip.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AwesomeClip.Web.Export;

/// <summary>Ways out of the catalog: the list's markdown, a JSON dump, BibTeX and Atom feeds.</summary>
public static class ExportEndpoints
{
    private const string BibTexType = "application/x-bibtex; charset=utf-8";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export.md", async (HttpContext http, ListExporter exporter, CatalogReader reader, CancellationToken ct) =>
        {
            var export = await exporter.ExportAsync(ct);
            var site = await reader.SiteAsync(ct);
            return TypedResults.File(export.ToBytes(), "text/markdown; charset=utf-8", site.FileName(".md"));
        }).WithTags("Export").WithSummary("The catalog as the list's markdown")
            .WithDescription("Untouched entries byte for byte, edited ones in their own layout.").Produces<string>(StatusCodes.Status200OK, "text/markdown").WithCatalogCaching();
        app.MapGet("/api/export.json", (CatalogJsonExporter exporter, CancellationToken ct) =>
            TypedResults.Stream(stream => exporter.WriteAsync(stream, CatalogJsonExporter.WebOptions, ct), "application/json; charset=utf-8"))
            .WithTags("Export").WithSummary("The whole catalog as JSON").Produces(StatusCodes.Status200OK, contentType: "application/json").WithCatalogCaching();

        app.MapGet("/api/papers/{id:int}/bibtex", async Task<Results<ContentHttpResult, ProblemHttpResult>> (int id, BibTexExporter bibtex, CancellationToken ct) =>
            await bibtex.ForPaperAsync(id, ct) is { } text
                ? TypedResults.Text(text, BibTexType)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Paper not found.", detail: $"There is no paper with id {id}."))
            .WithTags("Export").WithSummary("One paper as BibTeX").Produces<string>(StatusCodes.Status200OK, "application/x-bibtex")
            .ProducesProblem(StatusCodes.Status404NotFound).WithCatalogCaching();
        app.MapGet("/api/categories/{slug}/bibtex", async Task<Results<ContentHttpResult, ProblemHttpResult>> (string slug, BibTexExporter bibtex, CancellationToken ct) =>
            await bibtex.ForCategoryAsync(slug, ct) is { } text
                ? TypedResults.Text(text, BibTexType)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Category not found."))
            .WithTags("Export").WithSummary("A category and its sub-sections as BibTeX").Produces<string>(StatusCodes.Status200OK, "application/x-bibtex")
            .ProducesProblem(StatusCodes.Status404NotFound).WithCatalogCaching();

        app.MapGet("/feed.atom", (HttpContext http, AtomFeedWriter atom, PublicUrls urls, CancellationToken ct) => Feed(http, atom, urls, null, ct))
            .WithTags("Feeds").WithSummary("The newest papers as an Atom feed").Produces<string>(StatusCodes.Status200OK, AtomFeedWriter.ContentType).WithCatalogCaching();
        app.MapGet("/categories/{slug}/feed.atom", (string slug, HttpContext http, AtomFeedWriter atom, PublicUrls urls, CancellationToken ct) => Feed(http, atom, urls, slug, ct))
            .WithTags("Feeds").WithSummary("A category's newest papers as an Atom feed").Produces<string>(StatusCodes.Status200OK, AtomFeedWriter.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound).WithCatalogCaching();
        return app;
    }

    private static async Task<IResult> Feed(HttpContext http, AtomFeedWriter atom, PublicUrls urls, string? slug, CancellationToken ct)
    {
        var request = new AtomFeedRequest
        {
            BaseUrl = urls.BaseUrl(http.Request),
            CategorySlug = slug,
            CategoryPathFormat = "papers?category={0}",
        };
        using var buffer = new MemoryStream();
        return await atom.WriteAsync(buffer, request, ct)
            ? TypedResults.Bytes(buffer.ToArray(), AtomFeedWriter.ContentType)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Category not found.");
    }
}
