using System.Globalization;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Applies a layout file's <c>pattern</c> to an entry's text: its named groups decide those fields and their spans.</summary>
internal static class PatternReader
{
    /// <summary>False when the text does not match (the entry is then not imported, and the report says so).</summary>
    public static bool Apply(EntryDraft draft, Regex pattern, string text, int at)
    {
        Match match;
        try
        {
            match = pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
        if (!match.Success) return false;
        foreach (Group group in match.Groups)
        {
            if (!group.Success || group.Length == 0 || int.TryParse(group.Name, out _)) continue;
            var (start, end) = (at + group.Index, at + group.Index + group.Length);
            var value = MarkdownText.Plain(group.Value);
            var kind = group.Name switch
            {
                "title" => PartKind.Title,
                "authors" => PartKind.Authors,
                "venue" => PartKind.Venue,
                "year" => PartKind.Year,
                "date" => PartKind.Date,
                "abstract" => PartKind.Abstract,
                "note" => PartKind.Commentary,
                _ => (PartKind?)null,
            };
            if (group.Name == "url")
            {
                draft.Url = group.Value.Trim();
                continue;
            }
            if (kind is not { } k) continue;
            draft.Parts.RemoveAll(p => p.Kind == k);
            switch (k)
            {
                case PartKind.Title: draft.Title = value; break;
                case PartKind.Authors: draft.Authors = value; break;
                case PartKind.Venue: draft.Venue = value; break;
                case PartKind.Abstract: draft.Abstract = value; break;
                case PartKind.Commentary: draft.Commentary = value; break;
                case PartKind.Year:
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !draft.OfferYear(year, YearSource.YearColumn)) continue;
                    break;
                case PartKind.Date:
                    if (DateText.Find(value) is not { } date || !draft.OfferYear(date.Year, YearSource.Date, date.Month, date.Day)) continue;
                    break;
            }
            draft.Parts.Add(new ShapePart(k, start, end, start, end));
        }
        return EntryEvidence.VisibleTitle(draft) is { } title && title.Any(char.IsLetterOrDigit);
    }
}
