namespace AwesomeClip.Core.LinkHealth;

/// <summary>What checking one URL found: the outcome, the last status, why it failed, and the redirects on the way.</summary>
public sealed record UrlCheckResult(string Url, CheckOutcome Outcome, int? StatusCode, string? Error, IReadOnlyList<RedirectHop> Hops)
{
    /// <summary>Where the redirects ended; null without redirects.</summary>
    public string? FinalUrl => Hops.Count > 0 ? Hops[^1].Url : null;
}
