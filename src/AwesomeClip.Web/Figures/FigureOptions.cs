using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Figures;

/// <summary>
/// Figures (configuration section <c>Figures</c>): how many a maintainer may upload, when unreferenced ones go, and the
/// bounds on making their smaller sizes (ADR-030).
/// </summary>
public sealed record FigureOptions
{
    public const string Section = "Figures";

    [Range(1, 10_000, ErrorMessage = "Figures:UploadsPerUserPerDay must be between 1 and 10000.")]
    public int UploadsPerUserPerDay { get; init; } = 50;

    [Range(1, 100_000, ErrorMessage = "Figures:UploadMegabytesPerUserPerDay must be between 1 and 100000.")]
    public int UploadMegabytesPerUserPerDay { get; init; } = 100;

    /// <summary>How often uploaded figures that no paper or revision references are looked for and removed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Figures:SweepInterval must be between 00:00:01 and 7.00:00:00.")]
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>An unreferenced upload younger than this stays: an editor may be about to save the paper that uses it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "Figures:OrphanGracePeriod must be between 00:00:00 and 30.00:00:00.")]
    public TimeSpan OrphanGracePeriod { get; init; } = TimeSpan.FromDays(1);

    /// <summary>A figure whose header declares more pixels than this is shown as it is, never decoded here (decompression bombs).</summary>
    [Range(typeof(long), "1000000", "100000000", ErrorMessage = "Figures:MaxPixels must be between 1000000 and 100000000.")]
    public long MaxPixels { get; init; } = 25_000_000;

    /// <summary>How long a request waits for a size being made; then it gets the original, and the size is kept when it is done.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Figures:ResizeTimeout must be between 00:00:01 and 00:05:00.")]
    public TimeSpan ResizeTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Sizes made at the same time (each decodes one figure); the others wait.</summary>
    [Range(1, 64, ErrorMessage = "Figures:ResizesAtOnce must be between 1 and 64.")]
    public int ResizesAtOnce { get; init; } = 2;
}
