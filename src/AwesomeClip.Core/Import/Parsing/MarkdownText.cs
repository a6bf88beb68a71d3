using System.Net;
using System.Text;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>The text a stretch of inline markdown reads as: backslash escapes and entities resolved, white space collapsed.</summary>
internal static partial class MarkdownText
{
    [System.Text.RegularExpressions.GeneratedRegex(@"\G&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Entity();

    private const string Escapable = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    public static string Plain(string raw)
    {
        // "[@user](https://github.com/user)" reads as "@user".
        if (raw.Contains("](", StringComparison.Ordinal)) raw = System.Text.RegularExpressions.Regex.Replace(raw, @"\[([^\]]*)\]\([^)]*\)", "$1");
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == '\\' && i + 1 < raw.Length && Escapable.Contains(raw[i + 1], StringComparison.Ordinal))
            {
                sb.Append(raw[++i]);
                continue;
            }
            // An entity ("&amp;", "&#39;") reads as its character; an escaped "\&amp;" stays as written.
            if (c == '&' && Entity().Match(raw, i) is { Success: true } entity && entity.Index == i)
            {
                sb.Append(WebUtility.HtmlDecode(entity.Value));
                i += entity.Length - 1;
                continue;
            }
            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
