namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// The health of one URL, whichever papers use it: the last check and the <see cref="LinkState"/> its history gives.
/// Keyed by <see cref="Key"/> (a hash of the URL), so a URL used by several papers is checked once.
/// </summary>
public sealed class LinkStatus
{
    public int Id { get; set; }

    /// <summary><see cref="LinkKeys.Of"/> the URL: unique, and short enough for every provider's index.</summary>
    public required string Key { get; set; }

    /// <summary>The URL exactly as the catalog holds it (trimmed).</summary>
    public required string Url { get; set; }

    public LinkState State { get; set; }

    /// <summary>UTC time of the last check.</summary>
    public DateTime LastCheckedAt { get; set; }

    public CheckOutcome LastOutcome { get; set; }

    /// <summary>The last HTTP status the checker got (the final one after redirects); null when none came.</summary>
    public int? LastStatusCode { get; set; }

    /// <summary>Why the last check failed or was not sent, in words; null when it succeeded.</summary>
    public string? LastError { get; set; }

    /// <summary>Where the redirects of the last check ended, when there were any.</summary>
    public string? FinalUrl { get; set; }

    /// <summary>Checks that failed within <see cref="LinkStateRule.Window"/> before the last check, that one included.</summary>
    public int RecentFailures { get; set; }

    /// <summary>The newest checks first; at most <see cref="LinkStateRule.KeptChecks"/>.</summary>
    public List<LinkCheck> Checks { get; } = [];
}
