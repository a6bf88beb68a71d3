using System.ComponentModel.DataAnnotations;
using System.Net;

namespace AwesomeClip.Web.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For/-Proto the app believes (configuration section <c>ForwardedHeaders</c>).
/// None by default: a client that connects directly cannot choose its own address (and so reset per-client limits).
/// </summary>
public sealed record ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>127.0.0.1</c> for nginx on the same machine.</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];

    /// <summary>How many proxies in a row may be taken off X-Forwarded-For (one nginx: 1).</summary>
    [Range(1, 10, ErrorMessage = "ForwardedHeaders:ForwardLimit must be between 1 and 10.")]
    public int ForwardLimit { get; init; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address.");
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/24).");
    }
}
