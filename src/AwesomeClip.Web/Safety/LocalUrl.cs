using System.Text;

namespace AwesomeClip.Web.Safety;

/// <summary>Where to go after signing in: only paths on this site, never another host (open redirect).</summary>
public static class LocalUrl
{
    /// <summary>Same rules as MVC's <c>IUrlHelper.IsLocalUrl</c>: "/x" but not "//host", "/\host" or control characters.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/') return false;
        if (url.Any(c => char.IsControl(c) || c == '\\')) return false;
        return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
    }

    /// <summary>
    /// The URL if it is local, else "/"; percent-encoded so it can go into a Location header, which takes ASCII only
    /// (<c>/搜索</c> made the sign-in answer 500 and lose its cookie).
    /// </summary>
    public static string OrHome(string? url) => IsLocal(url) ? Escape(url!) : "/";

    /// <summary>Percent-encodes (UTF-8) what is not printable ASCII; leaves existing escapes and URL syntax alone.</summary>
    private static string Escape(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f')) return url;
        var sb = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                sb.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count]) sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
