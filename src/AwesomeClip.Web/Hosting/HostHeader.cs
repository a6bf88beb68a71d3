using System.Globalization;

namespace AwesomeClip.Web.Hosting;

/// <summary>
/// Answers a request whose Host header is missing or malformed (<c>evil.example:99999</c>) with 400 before anything can
/// build a URI from it (Blazor's NavigationManager and the feed's base URL would throw: a 500). Which hosts are allowed is
/// AllowedHosts' job (host filtering, which ignores ports).
/// </summary>
public static class HostHeader
{
    public static IApplicationBuilder UseHostHeaderCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsValid(context.Request.Host.Value))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("Bad Request: the Host header is missing or malformed.");
    });

    /// <summary>A DNS name, IPv4 address or bracketed IPv6 address, with an optional port from 1 to 65535.</summary>
    public static bool IsValid(string? host)
    {
        if (string.IsNullOrEmpty(host)) return false;
        string name;
        string? port = null;
        if (host[0] == '[')
        {
            var close = host.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) return false;
            name = host[1..close];
            var rest = host[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':') return false;
                port = rest[1..];
            }
            if (Uri.CheckHostName(name) != UriHostNameType.IPv6) return false;
        }
        else
        {
            var colon = host.IndexOf(':', StringComparison.Ordinal);
            (name, port) = colon < 0 ? (host, null) : (host[..colon], host[(colon + 1)..]);
            if (Uri.CheckHostName(name) is not (UriHostNameType.Dns or UriHostNameType.IPv4)) return false;
        }
        return port is null
            || (port.Length is > 0 and <= 5 && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 65_535);
    }
}
