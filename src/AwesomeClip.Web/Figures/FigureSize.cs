namespace AwesomeClip.Web.Figures;

/// <summary>The sizes pages ask for: a thumbnail for list rows, a medium size for the paper page.</summary>
public enum FigureSize
{
    Thumbnail,
    Medium,
}

/// <summary>The widths made of each size, and which of them a figure of a given width gets (never wider than itself).</summary>
public static class FigureSizes
{
    /// <summary>About 160 CSS pixels in a list row, twice that on a dense screen.</summary>
    public static readonly IReadOnlyList<int> ThumbnailWidths = [160, 320];

    /// <summary>The paper page's column is at most about 1,000 CSS pixels wide.</summary>
    public static readonly IReadOnlyList<int> MediumWidths = [480, 800, 1280];

    /// <summary>The <c>sizes</c> attribute each size is written with unless the page says otherwise.</summary>
    public static string DefaultSizes(FigureSize size) => size switch
    {
        FigureSize.Thumbnail => "160px",
        _ => "(max-width: 1080px) calc(100vw - 66px), 1014px",
    };

    /// <summary>
    /// The widths of <paramref name="size"/> for a figure <paramref name="originalWidth"/> pixels wide, ascending: those
    /// below it, and the original width itself in place of any that would enlarge it.
    /// </summary>
    public static IReadOnlyList<int> Widths(FigureSize size, int originalWidth) =>
        [.. (size == FigureSize.Thumbnail ? ThumbnailWidths : MediumWidths).Select(w => Math.Min(w, originalWidth)).Distinct()];

    /// <summary>Every width the app makes of a figure: what the size endpoint agrees to make.</summary>
    public static IReadOnlySet<int> AllWidths(int originalWidth) =>
        Widths(FigureSize.Thumbnail, originalWidth).Concat(Widths(FigureSize.Medium, originalWidth)).ToHashSet();

    /// <summary>The height of a copy <paramref name="width"/> pixels wide, keeping the aspect ratio (at least 1).</summary>
    public static int HeightAt(int width, int originalWidth, int originalHeight) =>
        Math.Max(1, (int)Math.Round(originalHeight * (double)width / originalWidth, MidpointRounding.AwayFromZero));
}
