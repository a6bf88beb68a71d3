using System.Net;
using System.Text;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>The text a stretch of inline markdown reads as: backslash escapes and entities resolved, white space collapsed.</summary>
internal static class MarkdownText
{
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
            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        var text = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(sb.ToString()) : sb.ToString();
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
