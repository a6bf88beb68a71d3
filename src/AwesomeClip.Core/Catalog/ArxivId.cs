using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Catalog;

public static partial class ArxivId
{
    /// <summary>What follows /abs/ or /pdf/ on arxiv.org, valid or not.</summary>
    [GeneratedRegex(@"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(?<id>[^/?#\s]+?)(?:\.pdf)?/?(?:[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivUrl();

    /// <summary>New-style identifiers: YYMM.NNNN or YYMM.NNNNN, optional version.</summary>
    [GeneratedRegex(@"^(?<id>\d{4}\.\d{4,5})(?:v\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NewStyle();

    /// <summary>
    /// Finds the arXiv identifier in a link. Returns false when the URL is not an arXiv paper link;
    /// <paramref name="id"/> is null (with <paramref name="raw"/> set) when it is one but the identifier is malformed.
    /// </summary>
    public static bool TryFromUrl(string url, out string? id, out string raw)
    {
        id = null;
        raw = "";
        var m = ArxivUrl().Match(url.Trim());
        if (!m.Success) return false;
        raw = m.Groups["id"].Value;
        var n = NewStyle().Match(raw);
        if (n.Success) id = n.Groups["id"].Value;
        return true;
    }

    public static bool IsValid(string value) => NewStyle().IsMatch(value);
}
