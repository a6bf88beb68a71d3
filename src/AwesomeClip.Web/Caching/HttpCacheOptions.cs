using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Caching;

/// <summary>How long browsers and shared caches (a CDN, nginx) may keep the public catalog responses (section <c>Caching</c>, ADR-031).</summary>
public sealed record HttpCacheOptions
{
    public const string Section = "Caching";

    /// <summary>Fresh for this long (<c>max-age</c>): an edit reaches readers behind a cache within it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Caching:MaxAge must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>After that, a cache may answer with its copy once more while it revalidates in the background (<c>stale-while-revalidate</c>).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "Caching:StaleWhileRevalidate must be between 00:00:00 and 7.00:00:00.")]
    public TimeSpan StaleWhileRevalidate { get; init; } = TimeSpan.FromMinutes(5);
}
