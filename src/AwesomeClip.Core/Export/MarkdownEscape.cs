using System.Text;
using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Export;

/// <summary>Escapes catalog text for a cell of the list's pipe tables.</summary>
internal static partial class MarkdownEscape
{
    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that could start markup here.
    private const string Specials = "\\`*_[]<>&|!~";

    /// <summary>The inline links the importer keeps in abstracts, written back as <c>[text](url)</c>.</summary>
    [GeneratedRegex(@"\[(?<text>[^\]\n]*)\]\((?<url>[^)\s]*)\)", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLink();

    /// <summary>Only what a table cell cannot hold: the pipe.</summary>
    public static string Minimal(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Every character that could start markup is escaped.</summary>
    public static string Full(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            // A separator that ends the text would read as the end of the field ("&amp;" before ", Authors").
            if (Specials.Contains(ch, StringComparison.Ordinal) || i == text.Length - 1 && ch is ';' or ',' or ':') sb.Append('\\');
            sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Text with inline links: the text around and inside the links is escaped fully, the links kept.</summary>
    public static string FullKeepingLinks(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (Match m in InlineLink().Matches(text))
        {
            sb.Append(Full(text[at..m.Index]));
            sb.Append('[').Append(Full(m.Groups["text"].Value)).Append("](").Append(Url(m.Groups["url"].Value)).Append(')');
            at = m.Index + m.Length;
        }
        sb.Append(Full(text[at..]));
        return sb.ToString();
    }

    /// <summary>A link destination; wrapped in &lt;…&gt; when it holds characters a bare destination cannot.</summary>
    public static string Url(string url)
    {
        var escaped = url.Replace("|", "\\|", StringComparison.Ordinal);
        var needsBrackets = escaped.Any(c => c is ' ' or '(' or ')' or '\t');
        return needsBrackets ? $"<{escaped}>" : escaped;
    }
}
