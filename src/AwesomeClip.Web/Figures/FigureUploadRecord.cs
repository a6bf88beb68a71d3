namespace AwesomeClip.Web.Figures;

/// <summary>One figure a maintainer uploaded: what the per-user upload cap counts (accounts database, ADR-019).</summary>
public sealed class FigureUploadRecord
{
    public long Id { get; set; }

    /// <summary>The uploader's user name (email), as the editor records actors.</summary>
    public required string User { get; set; }

    public required string FileName { get; set; }

    public long Bytes { get; set; }

    public DateTime UploadedAt { get; set; }
}
