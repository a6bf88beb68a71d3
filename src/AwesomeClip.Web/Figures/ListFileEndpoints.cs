using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Web.Figures;

/// <summary>
/// <c>/list/{path}</c>: the files beside the imported list that its entries link to or show (figures, citation files,
/// PDFs), served from the folder it was imported from — only files a paper refers to, only of harmless types.
/// </summary>
public static class ListFileEndpoints
{
    public static IEndpointRouteBuilder MapListFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/list/{**path}", ServeAsync);
        return app;
    }

    private static async Task<IResult> ServeAsync(string path, CatalogReader reader, HttpContext context, CancellationToken ct)
    {
        if (ListFiles.Normalize(path) is not { } normalized)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a file of the list.");
        if (await reader.ListFileAsync(normalized, ct) is not { } full)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The list has no such file.");
        context.Response.Headers.XContentTypeOptions = "nosniff";
        var type = ListFiles.ContentTypes[Path.GetExtension(normalized)];
        return TypedResults.PhysicalFile(full, type, enableRangeProcessing: true, lastModified: File.GetLastWriteTimeUtc(full));
    }
}
