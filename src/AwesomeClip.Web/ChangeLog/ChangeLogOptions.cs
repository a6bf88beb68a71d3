using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.ChangeLog;

/// <summary>How this instance follows the catalog change log (configuration section <c>ChangeLog</c>).</summary>
public sealed record ChangeLogOptions
{
    public const string Section = "ChangeLog";

    /// <summary>How often the log is read when no notification arrives (SQLite always polls; PostgreSQL also LISTENs).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Entries older than this are trimmed; an instance that was down longer rebuilds its index.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00")]
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How often this instance trims the log (every instance may; trimming is idempotent).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TrimInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Readiness fails when the last successful read of the log is older than this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MaxLag { get; init; } = TimeSpan.FromSeconds(15);
}
