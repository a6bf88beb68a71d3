using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Accounts;

/// <summary>Sign-in limits (configuration section <c>Accounts</c>).</summary>
public sealed record AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Sign-in form posts allowed per client IP address and minute; more get 429.</summary>
    [Range(1, 100_000)]
    public int SignInPostsPerMinute { get; init; } = 10;

    /// <summary>How long a signed-in session lasts without activity.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan SessionIdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often an open interactive page re-checks that its user still exists and has the same roles.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan CircuitRevalidationInterval { get; init; } = TimeSpan.FromSeconds(10);
}
