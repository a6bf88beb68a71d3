namespace AwesomeClip.Core.LinkHealth;

/// <summary>One check of a URL: when, what came of it, and the redirects followed on the way.</summary>
public sealed class LinkCheck
{
    public int Id { get; set; }

    public int LinkStatusId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CheckedAt { get; set; }

    public CheckOutcome Outcome { get; set; }

    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    /// <summary>The redirects as JSON <c>[{"status":301,"url":"…"}]</c> (<see cref="RedirectHop"/>).</summary>
    public string Hops { get; set; } = "[]";
}
