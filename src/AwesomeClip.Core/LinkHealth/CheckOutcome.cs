namespace AwesomeClip.Core.LinkHealth;

/// <summary>What one check of a URL came to.</summary>
public enum CheckOutcome
{
    /// <summary>2xx without a redirect.</summary>
    Ok,

    /// <summary>2xx at the end of one or more redirects.</summary>
    Redirected,

    /// <summary>An error status (after retries), a timeout, a reset, a redirect loop, a host that does not resolve, ….</summary>
    Failed,

    /// <summary>Not sent: the URL names an address the checker may not reach (<see cref="LinkHealthOptions.AllowPrivateAddresses"/>).</summary>
    Refused,
}

public static class CheckOutcomes
{
    public static bool IsSuccess(this CheckOutcome outcome) => outcome is CheckOutcome.Ok or CheckOutcome.Redirected;

    public static string ToWireName(this CheckOutcome outcome) => outcome.ToString().ToLowerInvariant();
}
