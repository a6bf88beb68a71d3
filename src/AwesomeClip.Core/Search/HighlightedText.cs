using System.Net;
using System.Text;

namespace AwesomeClip.Core.Search;

public sealed record HighlightSegment(string Text, bool Marked);

/// <summary>
/// A field's text, or a snippet of it, cut where the query matched: pages render the marked segments as
/// <c>&lt;mark&gt;</c> elements they build themselves, and the JSON API writes them as encoded HTML.
/// </summary>
public sealed record HighlightedText(IReadOnlyList<HighlightSegment> Segments)
{
    public static HighlightedText Empty { get; } = new([]);

    public bool IsEmpty => Segments.Count == 0;

    /// <summary>The text without marks.</summary>
    public string Plain => string.Concat(Segments.Select(s => s.Text));

    /// <summary>The marked words, in order.</summary>
    public IEnumerable<string> Marked => Segments.Where(s => s.Marked).Select(s => s.Text);

    /// <summary>HTML-encoded text whose only markup is <c>&lt;mark&gt;</c>.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var segment in Segments)
        {
            if (segment.Marked) html.Append("<mark>").Append(WebUtility.HtmlEncode(segment.Text)).Append("</mark>");
            else html.Append(WebUtility.HtmlEncode(segment.Text));
        }
        return html.ToString();
    }

    public override string ToString() => ToHtml();
}
