using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>A stretch of an entry's source between its title and links: where the authors, venue, year and date are.</summary>
internal readonly record struct MetaRegion(int Start, string Raw, bool Italic);

/// <summary>
/// Reads authors, venue, year and date from the free text of a bullet, line or block entry, the way lists write it:
/// <c>, Mildenhall et al., ECCV 2020 |</c>, <c> (2015), G. Hinton et al.</c>, <c>*A, B* \</c>, <c>arXiv 2023.</c>,
/// <c>16 Oct 2023</c>, <c>Rebain et al. Arxiv 2020</c>. Each value's span is recorded, so that an edit rewrites it in place.
/// </summary>
internal static partial class MetaText
{
    private const string Separators = " \t,;:|.-–—";

    [GeneratedRegex(@"^\(\s*(?<inner>[^()]*?(?:19|20)\d{2}[^()]*?)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingParenthesis();

    [GeneratedRegex(@"^\(\s*(?<inner>(?:19|20)\d{2})\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex UnclosedParenthesis();

    [GeneratedRegex(@"\bet\s+al\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAl();

    [GeneratedRegex(@"^@[\w.\-]+$|^(?:and\s+|&\s*)?(?:[A-Z]\.\s*)+[\p{Lu}][\p{L}'\-]+|^[\p{Lu}@][\p{L}'\-.*@]*(?:\s+(?:de|van|der|von|la|di|da|del|le|[\p{Lu}][\p{L}'\-.*]*))*\*?$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLike();

    public static void Read(EntryDraft draft, IReadOnlyList<MetaRegion> regions)
    {
        foreach (var region in regions) ReadRegion(draft, region);
    }

    private static void ReadRegion(EntryDraft draft, MetaRegion region)
    {
        var (start, end) = Trim(region.Raw, 0, region.Raw.Length);
        if (start >= end) return;
        var text = region.Raw;
        var at = region.Start;

        if (region.Italic && draft.Authors is null)
        {
            AddAuthors(draft, at + start, at + end, text[start..end]);
            return;
        }
        if (DateText.Whole(text[start..end]) is { } whole)
        {
            AddDate(draft, at + start + whole.Start, whole);
            return;
        }

        // "(2015), G. Hinton et al." and "(Book, Jan 2017), Michael Nielsen."
        var paren = LeadingParenthesis().Match(text, start, end - start);
        // "(2014, C. Dong et al.": a parenthesis never closed still gives its year.
        if (!paren.Success && text.IndexOf(')', start, end - start) < 0) paren = UnclosedParenthesis().Match(text, start, end - start);
        if (paren.Success && paren.Index == start)
        {
            ReadParenthesis(draft, at, text, paren.Groups["inner"].Index, paren.Groups["inner"].Index + paren.Groups["inner"].Length);
            (start, end) = Trim(text, paren.Index + paren.Length, end);
            if (start >= end) return;
        }

        var segments = Segments(text, start, end);
        var venueAt = segments.Count;
        var sawDate = false;
        // From the end: at most one date, then at most one venue with its year; the names stand before them.
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var (s, e) = segments[i];
            var segment = text[s..e];
            if (!sawDate && draft.Month is null && DateText.Whole(segment) is { Month: not null } date)
            {
                AddDate(draft, at + s + date.Start, date);
                sawDate = true;
                venueAt = i;
                continue;
            }
            if (VenueYear.Read(segment) is not { } found)
            {
                // "Ben Mildenhall, ICLR": a known venue without its year.
                if (draft.Venue is null && segment.Split(' ').Length <= 3 && VenueNames.IsKnown(Plain(segment)))
                {
                    draft.Venue = Plain(segment);
                    draft.Parts.Add(Part(PartKind.Venue, at + s, at + e));
                    venueAt = i;
                }
                break;
            }
            var venueStart = s + found.VenueStart;
            var venueEnd = venueStart + found.VenueLength;
            venueAt = i;
            // "Rebain et al. Arxiv 2020": the authors run into the venue.
            var etAl = found.HasVenue ? EtAl().Match(text, venueStart, venueEnd - venueStart) : Match.Empty;
            if (etAl.Success)
            {
                segments[i] = (s, etAl.Index + etAl.Length);
                venueStart = SkipSpace(text, etAl.Index + etAl.Length, venueEnd);
                venueAt = i + 1;
            }
            if (venueEnd > venueStart && draft.Venue is null)
            {
                draft.Venue = Plain(text[venueStart..venueEnd]);
                draft.Parts.Add(Part(PartKind.Venue, at + venueStart, at + venueEnd));
            }
            var yearStart = s + found.YearStart;
            if (draft.OfferYear(found.Year, YearSource.Venue) && found.HasYearPart)
                draft.Parts.Add(Part(PartKind.Year, at + yearStart, at + yearStart + found.YearLength));
            break;
        }

        var before = segments.Take(venueAt).ToList();
        if (before.Count == 0) return;
        var (first, last) = (before[0].Start, before[^1].End);
        var words = text[first..last];
        if (draft.Authors is null && LooksLikeNames(before.Select(b => text[b.Start..b.End]).ToList()))
        {
            AddAuthors(draft, at + first, at + last, words);
        }
        else if (draft.Abstract.Length == 0 && words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
        {
            draft.Abstract = Plain(words);
            draft.Parts.Add(Part(PartKind.Abstract, at + first, at + last));
        }
    }

    private static void ReadParenthesis(EntryDraft draft, int at, string text, int start, int end)
    {
        foreach (var (s, e) in Segments(text, start, end))
        {
            var segment = text[s..e];
            if (DateText.Whole(segment) is { } date && date.Month is not null)
            {
                AddDate(draft, at + s + date.Start, date);
            }
            else if (VenueYear.Read(segment) is { } vy)
            {
                if (vy.HasVenue && draft.Venue is null)
                {
                    draft.Venue = Plain(segment.Substring(vy.VenueStart, vy.VenueLength));
                    draft.Parts.Add(Part(PartKind.Venue, at + s + vy.VenueStart, at + s + vy.VenueStart + vy.VenueLength));
                }
                if (draft.OfferYear(vy.Year, YearSource.Parenthesis) && vy.HasYearPart)
                    draft.Parts.Add(Part(PartKind.Year, at + s + vy.YearStart, at + s + vy.YearStart + vy.YearLength));
            }
            else if (draft.Venue is null && segment.Length <= 40)
            {
                draft.Venue = Plain(segment);
                draft.Parts.Add(Part(PartKind.Venue, at + s, at + e));
            }
        }
    }

    private static void AddDate(EntryDraft draft, int start, FoundDate date)
    {
        if (draft.OfferYear(date.Year, YearSource.Date, date.Month, date.Day))
            draft.Parts.Add(Part(PartKind.Date, start, start + date.Length));
    }

    private static void AddAuthors(EntryDraft draft, int start, int end, string raw)
    {
        draft.Authors = Plain(raw);
        draft.StrongAuthors = EtAl().IsMatch(raw) || Regex.IsMatch(raw, @"\b\p{Lu}\.\s*\p{Lu}|\s(?:and|&)\s|@\w") || Segments(raw, 0, raw.Length).Count >= 2;
        draft.Parts.Add(Part(PartKind.Authors, start, end));
    }

    /// <summary>Authors are a few comma-separated names ("A. Author", "Author et al.", "@user", "张三"), not a sentence.</summary>
    public static bool LooksLikeNames(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0) return false;
        var names = 0;
        foreach (var raw in segments)
        {
            var s = Regex.Replace(Regex.Replace(raw, @"\[([^\]]*)\]\([^)]*\)", "$1"), @"\([^)]*\)", "").Trim().TrimEnd('.', '*').Trim();
            if (s.StartsWith("and ", StringComparison.Ordinal)) s = s[4..];
            if (s.Length == 0) continue;
            var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (EtAl().IsMatch(s) && words.Length <= 8) names++;
            else if (s.Split([" and ", " & "], StringSplitOptions.None).All(part => part.Trim().Split(' ').Length <= 5 && NameLike().IsMatch(part.Trim()))) names++;
            else if (s.Length <= 12 && s.All(c => c >= 0x4E00 && c <= 0x9FFF || c == '·')) names++;
        }
        return names * 3 >= segments.Count * 2;
    }

    /// <summary>Comma-, semicolon- and pipe-separated pieces, outside parentheses, trimmed.</summary>
    private static List<(int Start, int End)> Segments(string text, int start, int end)
    {
        var result = new List<(int, int)>();
        var depth = 0;
        var from = start;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? text[i] : ',';
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is ',' or ';' or '|' or '，' or '；')
            {
                var (s, e) = Trim(text, from, i);
                if (s < e) result.Add((s, e));
                from = i + 1;
            }
        }
        return result;
    }

    /// <summary>"\;": a backslash-escaped character is text, not a separator.</summary>
    private static bool IsEscaped(string text, int at)
    {
        var backslashes = 0;
        for (var i = at - 1; i >= 0 && text[i] == '\\'; i--) backslashes++;
        return backslashes % 2 == 1;
    }

    internal static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && Separators.Contains(text[start], StringComparison.Ordinal)) start++;
        while (end > start && Separators.Contains(text[end - 1], StringComparison.Ordinal) && !IsAbbreviationDot(text, end - 1) && !IsEscaped(text, end - 1)) end--;
        return (start, end);
    }

    // "et al." and "J." keep their dot.
    private static bool IsAbbreviationDot(string text, int at) =>
        text[at] == '.' && at >= 2 && (text.AsSpan(0, at).EndsWith("al", StringComparison.Ordinal) || (char.IsUpper(text[at - 1]) && !char.IsLetter(text[at - 2])));

    private static int SkipSpace(string text, int from, int end)
    {
        while (from < end && (char.IsWhiteSpace(text[from]) || text[from] is ',' or ';')) from++;
        return from;
    }

    /// <summary>The text of a raw stretch of markdown: backslash escapes resolved, emphasis markers dropped.</summary>
    public static string Plain(string raw) => MarkdownText.Plain(raw);

    private static ShapePart Part(PartKind kind, int start, int end) => new(kind, start, end, start, end);
}
