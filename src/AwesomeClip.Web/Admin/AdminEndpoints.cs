using AwesomeClip.Core.Reading;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Export.Patch;

namespace AwesomeClip.Web.Admin;

public static class AdminEndpoints
{
    public const string ExportPath = "/admin/export.md";

    public const string PatchPath = "/admin/export.patch";

    public const string PatchSummaryPath = "/admin/export-summary.txt";

    /// <summary>The markdown export as a download for maintainers (the pages live in Admin/).</summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        app.MapGet(ExportPath, ExportAsync).RequireAuthorization(AdminPolicies.Editor);
        app.MapGet(PatchPath, (string? path, ListPatchBuilder patches, HttpContext context, CancellationToken ct) =>
            PatchAsync(path, patches, context, p => TypedResults.File(p.DiffBytes(), "text/x-diff; charset=utf-8", PatchFileName(p, ".patch")), ct))
            .RequireAuthorization(AdminPolicies.Editor);
        app.MapGet(PatchSummaryPath, (string? path, ListPatchBuilder patches, HttpContext context, CancellationToken ct) =>
            PatchAsync(path, patches, context, p => TypedResults.File(ListExport.Encoding.GetBytes(p.Summary), "text/plain; charset=utf-8", PatchFileName(p, "-pull-request.txt")), ct))
            .RequireAuthorization(AdminPolicies.Editor);
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

    /// <summary>The patch against the list as last imported, or a problem that says why there is none.</summary>
    private static async Task<IResult> PatchAsync(string? path, ListPatchBuilder patches, HttpContext context, Func<ListPatch, IResult> file, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "no-store";
        ListPatch patch;
        try
        {
            patch = await patches.CreateAsync(string.IsNullOrWhiteSpace(path) ? null : path, ct);
        }
        catch (PatchRefusedException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No patch can be made.", detail: e.Message);
        }
        return patch.HasChanges
            ? file(patch)
            : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "No changes since the last import.",
                detail: "The export is the imported list, so there is no patch to download.");
    }

    /// <summary>"README.patch" for README.md: named after the file it changes, so two lists' patches don't collide.</summary>
    private static string PatchFileName(ListPatch patch, string suffix) =>
        Path.GetFileNameWithoutExtension(patch.PathInRepository.Split('/')[^1]) is { Length: > 0 } name ? name + suffix : "list" + suffix;
}
