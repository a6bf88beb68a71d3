using AwesomeClip.Core.Reading;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Storage;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Figures;

/// <summary>Serves figures: uploads from the data directory first, then the figures shipped with the list.</summary>
public static partial class FigureEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.(?:png|jpe?g|webp|gif)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();

    public static IEndpointRouteBuilder MapFigures(this IEndpointRouteBuilder app)
    {
        app.MapGet("/figures/{name}", Serve);
        return app;
    }

    private static async Task<IResult> Serve(string name, IOptions<StorageOptions> storage, IOptions<SeedOptions> seed, CatalogReader reader, CancellationToken ct)
    {
        if (!SafeName().IsMatch(name) || name.Contains("..", StringComparison.Ordinal))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid figure name.");

        // Uploads, then the figures of the list as imported (./images/ beside it), then those shipped with the seed list.
        var listFigure = await reader.ListFileAsync("images/" + name, ct);
        foreach (var root in new[] { storage.Value.FiguresDirectory, listFigure is null ? null : Path.GetDirectoryName(listFigure), Path.Combine(seed.Value.FiguresRoot, "images") }.OfType<string>())
        {
            if (FigurePath.TryResolve(root, name, out var path) && File.Exists(path))
            {
                ContentTypes.TryGetContentType(path, out var type);
                return TypedResults.PhysicalFile(path, type ?? "application/octet-stream", enableRangeProcessing: true,
                    lastModified: File.GetLastWriteTimeUtc(path));
            }
        }
        return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Figure not found.");
    }
}
