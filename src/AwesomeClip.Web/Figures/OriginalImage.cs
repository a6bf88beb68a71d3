namespace AwesomeClip.Web.Figures;

/// <summary>
/// An original figure that passed <see cref="FigureChecks"/>: the hash of its content (what its sizes are kept and
/// addressed under) and its size as shown, so pages write <c>width</c> and <c>height</c> without decoding it.
/// </summary>
public sealed record OriginalImage(string Hash, int Width, int Height, bool HasAlpha)
{
    /// <summary>The format for browsers without WebP: PNG keeps transparency, JPEG is smaller for everything else.</summary>
    public SizedFormat Fallback => HasAlpha ? SizedFormat.Png : SizedFormat.Jpeg;

    public IReadOnlyList<int> Widths(FigureSize size) => FigureSizes.Widths(size, Width);

    public int HeightAt(int width) => FigureSizes.HeightAt(width, Width, Height);

    /// <summary>The formats the size endpoint makes of this figure.</summary>
    public bool IsMadeIn(SizedFormat format) => format == SizedFormat.WebP || format == Fallback;
}

/// <summary>A figure as a page shows it: where its original is, and its sizes when it may be resized.</summary>
/// <param name="Path">The figure's path as the list writes it, normalized (<c>images/a.png</c>).</param>
/// <param name="Exists">False when there is no such file: pages show nothing.</param>
/// <param name="Image">Null when the figure is shown as it is (not an image the checks let through, or it did not decode).</param>
public sealed record ShownFigure(string Path, string OriginalUrl, bool Exists, OriginalImage? Image)
{
    /// <summary>The URL of one of its sizes (<see cref="FigureSizeEndpoint"/>).</summary>
    public string UrlOf(int width, SizedFormat format) => FigureSizeEndpoint.UrlOf(Path, Image!.Hash, width, format);
}
