using System.Text.RegularExpressions;
using Microsoft.Net.Http.Headers;

namespace AwesomeClip.Web.Figures;

/// <summary>
/// <c>/figures/{hash}/{width}/{path}.{webp|jpg|png}</c>: a smaller size of the figure the list writes as <c>path</c>,
/// made from the original whose content hash is <c>hash</c>. Such a URL always means the same bytes, so it is cached
/// for a year (<c>immutable</c>). A URL with another hash than the figure's (it changed) is redirected to the current
/// one; a figure that is shown as it is (too large, not an image, does not decode) is redirected to its original.
/// </summary>
public static partial class FigureSizeEndpoint
{
    public const string Route = "/figures/{hash}/{width:int}/{**path}";

    public const string ImmutableCaching = "public, max-age=31536000, immutable";

    [GeneratedRegex("^[0-9a-f]{16}$", RegexOptions.CultureInvariant)]
    private static partial Regex Hash();

    public static string UrlOf(string figure, string hash, int width, SizedFormat format) =>
        $"/figures/{hash}/{width}/{string.Join('/', figure.Split('/').Select(Uri.EscapeDataString))}.{format.Extension()}";

    public static async Task<IResult> ServeAsync(string hash, int width, string path, HttpContext context,
        FigureFiles files, FigureOriginals originals, FigureSizeCache sizes, CancellationToken ct)
    {
        var dot = path.LastIndexOf('.');
        if (!Hash().IsMatch(hash) || dot <= 0 || SizedFormats.FromExtension(path[(dot + 1)..]) is not { } format
            || FigureFiles.Normalize(path[..dot]) is not { } figure)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a size of a figure.");
        }
        if (await files.ByPathAsync(figure, ct) is not { } full)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Figure not found.");

        var original = await originals.CheckAsync(figure, full, ct);
        if (original is null || sizes.HasFailed(original.Hash)) return Redirect(context, FigureUrls.ForPath(figure));
        var widths = FigureSizes.AllWidths(original.Width);
        if (original.Hash != hash)
        {
            // Pages cached before the figure changed: the nearest size of the figure as it is now.
            var nearest = widths.OrderBy(w => Math.Abs(w - width)).ThenByDescending(w => w).First();
            return Redirect(context, UrlOf(figure, original.Hash, nearest, format == SizedFormat.WebP ? format : original.Fallback));
        }
        if (!widths.Contains(width) || !original.IsMadeIn(format))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The figure is not made in this size or format.");

        var made = await sizes.GetAsync(full, original, width, format, ct);
        if (made.Outcome != SizeOutcome.Ready) return Redirect(context, FigureUrls.ForPath(figure));
        context.Response.Headers.CacheControl = ImmutableCaching;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.PhysicalFile(made.File!, format.ContentType(),
            entityTag: new EntityTagHeaderValue($"\"{hash}-{width}-{format.Extension()}-{FigureSizeCache.Recipe}\""));
    }

    /// <summary>A temporary redirect that caches do not keep: what it points to may change again.</summary>
    private static IResult Redirect(HttpContext context, string url)
    {
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Redirect(url);
    }
}
