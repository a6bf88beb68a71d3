using System.Net;

namespace AwesomeClip.Web.Search;

public sealed record HighlightSegment(string Text, bool Marked);

/// <summary>
/// Search highlights arrive as encoded text with <c>&lt;mark&gt;</c> tags only; the page renders them as text and
/// <c>&lt;mark&gt;</c> elements it builds itself, so no HTML from the index ever reaches the page as markup.
/// </summary>
public static class HighlightSegments
{
    public static IReadOnlyList<HighlightSegment> Parse(string? html)
    {
        var segments = new List<HighlightSegment>();
        if (string.IsNullOrEmpty(html)) return segments;
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf("<mark>", at, StringComparison.Ordinal);
            if (open < 0)
            {
                segments.Add(new(WebUtility.HtmlDecode(html[at..]), false));
                break;
            }
            if (open > at) segments.Add(new(WebUtility.HtmlDecode(html[at..open]), false));
            var close = html.IndexOf("</mark>", open, StringComparison.Ordinal);
            var end = close < 0 ? html.Length : close;
            segments.Add(new(WebUtility.HtmlDecode(html[(open + 6)..end]), true));
            at = close < 0 ? html.Length : close + 7;
        }
        return segments;
    }
}
