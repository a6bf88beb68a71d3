using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Polly.Timeout;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>Why a check failed, in words a maintainer can act on.</summary>
internal static partial class CheckFailures
{
    public sealed record Failure(string Message, bool Refused);

    /// <summary>The failure an exception of a request stands for; null for exceptions that are bugs, not the link's fault.</summary>
    public static Failure? Describe(Exception e, LinkHealthOptions options) => e switch
    {
        AddressRefusedException refused => new Failure(refused.Message, Refused: true),
        HttpRequestException { InnerException: AddressRefusedException refused } => new Failure(refused.Message, Refused: true),
        HttpRequestException request => new Failure(Describe(request), Refused: false),
        TimeoutRejectedException timeout => new Failure(Timeout(timeout.Timeout, options), Refused: false),
        OperationCanceledException => new Failure("the request was cancelled before an answer came", Refused: false),
        IOException io => new Failure($"the connection failed: {io.Message}", Refused: false),
        _ => null,
    };

    /// <summary>The outer timeout (all attempts) or the one of an attempt, which the last retry ran into.</summary>
    private static string Timeout(TimeSpan timeout, LinkHealthOptions options) =>
        timeout == options.TotalRequestTimeout && timeout != options.RequestTimeout
            ? $"no answer within {Duration(timeout)}, retries included"
            : $"no answer within {Duration(timeout)}" + (options.MaxRetries > 0 ? $", tried {options.MaxRetries + 1} times" : "");

    public static string StatusText(int status)
    {
        var name = Enum.IsDefined((HttpStatusCode)status) ? ((HttpStatusCode)status).ToString() : null;
        return name is null || int.TryParse(name, CultureInfo.InvariantCulture, out _) ? $"HTTP {status}" : $"HTTP {status} {Words().Replace(name, " $1")}";
    }

    public static string Duration(TimeSpan value) =>
        value < TimeSpan.FromSeconds(1) ? $"{value.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
        : value < TimeSpan.FromMinutes(2) ? $"{value.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s"
        : $"{value.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min";

    private static string Describe(HttpRequestException e) => IsReset(e) ? ClosedOrReset : e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the host name does not resolve (DNS)",
        HttpRequestError.ConnectionError => e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
            ? "the server refused the connection"
            : $"could not connect ({Innermost(e)})",
        HttpRequestError.SecureConnectionError => $"the TLS handshake failed ({Innermost(e)})",
        HttpRequestError.ResponseEnded => ClosedOrReset,
        HttpRequestError.InvalidResponse or HttpRequestError.HttpProtocolError => $"the answer is not valid HTTP ({Innermost(e)})",
        HttpRequestError.ConfigurationLimitExceeded => "the answer's headers are too large",
        _ => e.InnerException is IOException or SocketException ? $"the connection failed ({Innermost(e)})" : Innermost(e),
    };

    private const string ClosedOrReset = "the connection was closed or reset before an answer came";

    private static bool IsReset(Exception e)
    {
        for (Exception? at = e; at is not null; at = at.InnerException)
            if (at is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted }) return true;
        return false;
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message.TrimEnd('.');
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
