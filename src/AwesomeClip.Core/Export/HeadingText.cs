using System.Net;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>A category's name written into a heading so that it reads back as the same name.</summary>
internal static class HeadingText
{
    /// <summary>The heading line with its name replaced, the rest of the line (hashes, anchors, trailing text) kept.</summary>
    public static string Rename(string line, SectionMap section, string name)
    {
        var start = Math.Clamp(section.NameStart, 0, line.Length);
        var end = Math.Clamp(section.NameEnd, start, line.Length);
        var written = section.Kind == HeadingKind.Details ? Html(name) : Markdown(name);
        return line[..start] + written + line[end..];
    }

    /// <summary>
    /// Markdown heading text: characters that would start markup are escaped (a name "&lt;svg onload=…&gt;" stays text),
    /// "&amp;" only where it would read as an entity.
    /// </summary>
    public static string Markdown(string name)
    {
        var line = string.Join(' ', name.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var sb = new System.Text.StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '!' or '|' or '~' || c == '#' && i == line.Length - 1
                || c == '&' && LooksLikeEntity(line, i))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Html(string name) => WebUtility.HtmlEncode(name.Trim());

    private static bool LooksLikeEntity(string text, int at)
    {
        var semicolon = text.IndexOf(';', at);
        return semicolon > at + 1 && semicolon - at <= 32 && text[(at + 1)..semicolon].All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '#');
    }
}
