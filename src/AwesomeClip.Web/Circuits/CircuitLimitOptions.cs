using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Circuits;

/// <summary>Interactive connections of visitors who are not signed in (configuration section <c>Circuits</c>, ADR-019).</summary>
public sealed record CircuitLimitOptions
{
    public const string Section = "Circuits";

    /// <summary>Open interactive pages (Blazor circuits) one client address may hold; the next is disconnected at once.</summary>
    [Range(1, 10_000, ErrorMessage = "Circuits:AnonymousPerClient must be between 1 and 10000.")]
    public int AnonymousPerClient { get; init; } = 10;

    /// <summary>An anonymous circuit without any input from its page for this long is disconnected.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Circuits:IdleTimeout must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a disconnected circuit is kept for its page to come back (the framework's default is 3 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00", ErrorMessage = "Circuits:DisconnectedRetention must be between 00:00:01 and 00:30:00.")]
    public TimeSpan DisconnectedRetention { get; init; } = TimeSpan.FromMinutes(1);
}
