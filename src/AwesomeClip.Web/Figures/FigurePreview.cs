using AwesomeClip.Web.Discovery;

namespace AwesomeClip.Web.Figures;

/// <summary>
/// A figure for link previews: its medium size in JPEG or PNG (not every preview reads WebP), with its size so a
/// preview can lay it out before loading it; the original when it cannot be resized; none when it is missing.
/// </summary>
public static class FigurePreview
{
    public static async Task<PreviewImage?> OfAsync(FigureOriginals originals, string? figurePath, string alt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(originals);
        if (figurePath is null) return null;
        var figure = await originals.DescribeAsync(figurePath, ct).ConfigureAwait(false);
        if (!figure.Exists) return null;
        if (figure.Image is not { } original) return new PreviewImage(figure.OriginalUrl, null, null, alt);
        var width = original.Widths(FigureSize.Medium)[^1];
        return new PreviewImage(figure.UrlOf(width, original.Fallback), width, original.HeightAt(width), alt);
    }
}
