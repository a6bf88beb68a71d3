using System.Globalization;
using System.Text;

namespace AwesomeClip.Core.Catalog;

/// <summary>The anchor GitHub gives a heading: "Zero-Shot &amp; Few-Shot" → "zero-shot--few-shot".</summary>
public static class GithubAnchor
{
    public static string From(string headingText)
    {
        var sb = new StringBuilder(headingText.Length);
        foreach (var ch in headingText.Trim().ToLowerInvariant())
        {
            if (ch == ' ') sb.Append('-');
            else if (ch is '-' or '_' || Kept(ch)) sb.Append(ch);
        }
        return sb.ToString();
    }

    /// <summary>Anchors for headings in document order; repeats get -1, -2 … as on GitHub.</summary>
    public static List<string> ForAll(IEnumerable<string> headingTexts)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var anchors = new List<string>();
        foreach (var text in headingTexts)
        {
            var anchor = From(text);
            if (seen.TryGetValue(anchor, out var count))
            {
                seen[anchor] = count + 1;
                anchor = $"{anchor}-{count + 1}";
            }
            else
            {
                seen[anchor] = 0;
            }
            anchors.Add(anchor);
        }
        return anchors;
    }

    private static bool Kept(char ch) => CharUnicodeInfo.GetUnicodeCategory(ch) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };
}
