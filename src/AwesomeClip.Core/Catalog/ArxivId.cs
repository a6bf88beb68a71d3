using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Catalog;

public static partial class ArxivId
{
    /// <summary>What follows /abs/ or /pdf/ on arxiv.org, valid or not.</summary>
    [GeneratedRegex(@"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(?<id>[^/?#\s]+?)(?:\.pdf)?/?(?:[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivUrl();

    /// <summary>New-style identifiers: YYMM.NNNN or YYMM.NNNNN (MM a month), optional version.</summary>
    [GeneratedRegex(@"^(?<id>\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?$", RegexOptions.CultureInvariant)]
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

    /// <summary>The paper's arXiv id: the first well-formed one among the title's link and the other links, in order.</summary>
    public static string? FromLinks(string? titleUrl, IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var url in urls.Prepend(titleUrl))
        {
            if (url is not null && TryFromUrl(url, out var id, out _) && id is not null) return id;
        }
        return null;
    }

    /// <summary>The year an arXiv id was submitted (YYMM.NNNNN → 20YY), the last resort for an entry's year.</summary>
    public static int? Year(string? id) =>
        id is not null && IsValid(id) ? 2000 + int.Parse(id.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>The month of an arXiv id (YYMM.NNNNN → MM).</summary>
    public static int? Month(string? id) =>
        id is not null && IsValid(id) ? int.Parse(id.AsSpan(2, 2), System.Globalization.CultureInfo.InvariantCulture) : null;
}
