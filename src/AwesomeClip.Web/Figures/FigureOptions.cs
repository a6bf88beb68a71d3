using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Figures;

/// <summary>Uploaded figures: how many a maintainer may upload, and when unreferenced ones go (configuration section <c>Figures</c>).</summary>
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
}
