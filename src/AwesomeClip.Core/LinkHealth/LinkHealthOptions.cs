using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>How links are checked (configuration section <c>LinkHealth</c>).</summary>
public sealed record LinkHealthOptions : IValidatableObject
{
    public const string Section = "LinkHealth";

    /// <summary>A result older than this is stale: the next check (not <c>--all</c>) checks only stale and unchecked URLs.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "LinkHealth:MaxAge must be between 00:01:00 and 365.00:00:00.")]
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How long one request (one attempt) may take until its response headers arrive.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00", ErrorMessage = "LinkHealth:RequestTimeout must be between 00:00:00.010 and 00:05:00.")]
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a request may take with all its retries and back-off.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:30:00", ErrorMessage = "LinkHealth:TotalRequestTimeout must be between 00:00:00.010 and 00:30:00.")]
    public TimeSpan TotalRequestTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Retries of a transient failure (5xx, 408, 429, a reset, a timeout); 0 for none.</summary>
    [Range(0, 10, ErrorMessage = "LinkHealth:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; init; } = 2;

    /// <summary>The first back-off; each retry waits about twice as long as the one before (with jitter).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "LinkHealth:RetryDelay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> a 429 or 503 is waited for; one that asks more is not retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "LinkHealth:MaxRetryAfter must be between 00:00:00 and 00:10:00.")]
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    [Range(1, 30, ErrorMessage = "LinkHealth:MaxRedirects must be between 1 and 30.")]
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Requests in flight to one host at a time.</summary>
    [Range(1, 16, ErrorMessage = "LinkHealth:PerHostConcurrency must be between 1 and 16.")]
    public int PerHostConcurrency { get; init; } = 2;

    /// <summary>The least time between the starts of two requests to one host.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "LinkHealth:PerHostDelay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>URLs checked at the same time, over all hosts.</summary>
    [Range(1, 64, ErrorMessage = "LinkHealth:MaxParallel must be between 1 and 64.")]
    public int MaxParallel { get; init; } = 8;

    /// <summary>
    /// Off by default: URLs whose host is or resolves to a loopback, private, link-local or otherwise internal address
    /// (127.0.0.1, 10.x, 192.168.x, 169.254.169.254, ::1, fc00::/7, …) are not requested, so a link a maintainer enters
    /// cannot make the server probe its own network. Tests, which serve links from 127.0.0.1, turn it on.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalRequestTimeout < RequestTimeout)
        {
            yield return new ValidationResult(
                $"LinkHealth:TotalRequestTimeout ({TotalRequestTimeout}) must be at least LinkHealth:RequestTimeout ({RequestTimeout}).",
                [nameof(TotalRequestTimeout)]);
        }
    }
}
