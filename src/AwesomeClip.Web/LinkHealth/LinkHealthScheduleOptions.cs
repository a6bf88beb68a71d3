using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.LinkHealth;

/// <summary>The background link check of a server (configuration section <c>LinkHealth:Schedule</c>); off unless enabled.</summary>
public sealed record LinkHealthScheduleOptions
{
    public const string Section = "LinkHealth:Schedule";

    /// <summary>Off by default: a catalog's links are checked only when a maintainer asks (page or command).</summary>
    public bool Enabled { get; init; }

    /// <summary>How often the stale links are checked; the first check runs when the app has started.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00", ErrorMessage = "LinkHealth:Schedule:Interval must be between 00:05:00 and 30.00:00:00.")]
    public TimeSpan Interval { get; init; } = TimeSpan.FromHours(6);
}
