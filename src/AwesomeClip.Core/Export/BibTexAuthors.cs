using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Export;

/// <summary>
/// A list's authors as BibTeX wants them: "A. Author, B. Author and C. Author" → "A. Author and B. Author and
/// C. Author"; "Mildenhall et al." → "Mildenhall and others"; footnote marks and "(*: Equal contribution)" dropped.
/// </summary>
internal static partial class BibTexAuthors
{
    [GeneratedRegex(@"\s*\([^)]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@",?\s*\bet\s+al\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAl();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    public static string? From(string? authors)
    {
        if (string.IsNullOrWhiteSpace(authors)) return null;
        var text = Parenthesis().Replace(authors, "");
        var others = EtAl().IsMatch(text);
        text = EtAl().Replace(text, "");
        var names = Separator().Split(text)
            .Select(n => n.Trim().Trim('*', '†', '‡', '.').Trim())
            .Where(n => n.Length > 0)
            .ToList();
        if (names.Count == 0) return null;
        if (others) names.Add("others");
        return string.Join(" and ", names);
    }
}
