using System.Net;

namespace AwesomeClip.Web.Hosting;

/// <summary>Development shows exception details (stack traces, request headers) to whoever asks: say so when others can ask.</summary>
public static class DevelopmentExposure
{
    public static void WarnIfReachable(IHostEnvironment environment, IEnumerable<string> addresses, ILogger logger)
    {
        if (!environment.IsDevelopment()) return;
        foreach (var address in addresses.Where(a => !IsLoopback(a)))
        {
            logger.LogWarning(
                "Running in the Development environment on {Address}, which other machines can reach: Development shows exception details to every client. "
                + "Listen on localhost only (--urls http://localhost:5080), or run without ASPNETCORE_ENVIRONMENT=Development", address);
        }
    }

    /// <summary>Whether a listen address (<c>http://localhost:5080</c>, <c>http://0.0.0.0:80</c>, <c>http://*:80</c>) accepts only this machine.</summary>
    public static bool IsLoopback(string address)
    {
        var host = address;
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) host = host[(scheme + 3)..];
        var end = host.StartsWith('[') ? host.IndexOf(']', StringComparison.Ordinal) + 1 : host.IndexOfAny([':', '/']);
        if (end > 0) host = host[..end];
        host = host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
