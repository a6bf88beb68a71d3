using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;

namespace AwesomeClip.Web.Admin;

public static class AdminEndpoints
{
    public const string ExportPath = "/admin/export.md";

    /// <summary>The markdown export as a download for maintainers (the pages live in Components/Admin).</summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, ExportAsync).RequireAuthorization(AdminPolicies.Editor);
        return app;
    }

    private static async Task<IResult> ExportAsync(ListExporter exporter, CatalogReader reader, HttpContext context, CancellationToken ct)
    {
        var export = await exporter.ExportAsync(ct);
        var site = await reader.SiteAsync(ct);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Export-Warnings"] = export.Warnings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(export.ToBytes(), "text/markdown; charset=utf-8", site.FileName(".md"));
    }
}
