using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Web.Hosting;

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
        });
        app.MapGet("/api/export.json", (CatalogJsonExporter exporter, CancellationToken ct) =>
            TypedResults.Stream(stream => exporter.WriteAsync(stream, CatalogJsonExporter.WebOptions, ct), "application/json; charset=utf-8"));

        app.MapGet("/api/papers/{id:int}/bibtex", async (int id, BibTexExporter bibtex, CancellationToken ct) =>
            await bibtex.ForPaperAsync(id, ct) is { } text
                ? TypedResults.Text(text, BibTexType)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Paper not found.", detail: $"There is no paper with id {id}."));
        app.MapGet("/api/categories/{slug}/bibtex", async (string slug, BibTexExporter bibtex, CancellationToken ct) =>
            await bibtex.ForCategoryAsync(slug, ct) is { } text
                ? TypedResults.Text(text, BibTexType)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Category not found."));

        app.MapGet("/feed.atom", (HttpContext http, AtomFeedWriter atom, PublicUrls urls, CancellationToken ct) => Feed(http, atom, urls, null, ct));
        app.MapGet("/categories/{slug}/feed.atom", (string slug, HttpContext http, AtomFeedWriter atom, PublicUrls urls, CancellationToken ct) => Feed(http, atom, urls, slug, ct));
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
