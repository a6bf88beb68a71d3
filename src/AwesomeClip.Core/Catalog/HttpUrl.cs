using System.Globalization;
using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// The only URLs an editor may store: absolute http(s) web addresses, written plainly. Anything a browser might
/// interpret differently from how it reads (javascript:, data:, relative paths, upper-case or obfuscated schemes,
/// hidden whitespace or control characters, backslashes, credentials) is refused.
/// </summary>
public static class HttpUrl
{
    public const int MaxLength = 2000;

    /// <summary>Null when <paramref name="url"/> is acceptable (after trimming), otherwise what is wrong with it.</summary>
    public static CoreMessage? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return UrlMessages.Missing;
        var value = url.Trim();
        if (value.Length > MaxLength) return UrlMessages.TooLong.With(MaxLength);
        if (value.Any(Hidden))
            return UrlMessages.Hidden;
        if (!value.StartsWith("https://", StringComparison.Ordinal) && !value.StartsWith("http://", StringComparison.Ordinal))
            return UrlMessages.NotAbsolute;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
            return UrlMessages.Invalid;
        if (uri.UserInfo.Length > 0) return UrlMessages.Credentials;
        return null;
    }

    public static bool IsValid(string? url) => Problem(url) is null;

    private static bool Hidden(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c == '\\' || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate;
}
