using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Catalog;

public sealed record TextSegment(string Text, string? Url);

/// <summary>
/// Splits stored text (an abstract, a curator's note, as the importer writes them) into lines and into plain text and
/// <c>[label](http…)</c> links; a link whose address <see cref="LinkUrl.IsWeb"/> refuses stays text.
/// </summary>
public static partial class TextSegments
{
    [GeneratedRegex(@"\[(?<text>[^\[\]\n]{1,300})\]\((?<url>[^()\s]{1,2000})\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    public static IEnumerable<IReadOnlyList<TextSegment>> Lines(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0) continue;
            yield return Segments(line);
        }
    }

    public static IReadOnlyList<TextSegment> Segments(string line)
    {
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (Match m in MarkdownLink().Matches(line))
        {
            var url = m.Groups["url"].Value;
            if (!LinkUrl.IsWeb(url)) continue;
            if (m.Index > at) segments.Add(new TextSegment(line[at..m.Index], null));
            segments.Add(new TextSegment(m.Groups["text"].Value, url));
            at = m.Index + m.Length;
        }
        if (at < line.Length) segments.Add(new TextSegment(line[at..], null));
        return segments;
    }
}
