using System.Globalization;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>A venue with its year, as lists write it: "ECCV 2020", "NeurIPS'22", "CVPR2023", "Arxiv 2024", "2021".</summary>
internal readonly record struct FoundVenueYear(int VenueStart, int VenueLength, int YearStart, int YearLength, int Year, bool YearInVenue = false)
{
    public bool HasVenue => VenueLength > 0;

    /// <summary>The year as a part of its own; not for "ICLR 2022 Workshop", where the venue as written holds it.</summary>
    public bool HasYearPart => !YearInVenue;
}

internal static partial class VenueYear
{
    // After the year a venue may say more: "(Spotlight)", "Oral", "Vol.7 No.2"; that stays in the text around the fields.
    private const string Tail = @"(?:\s*\([^()]{1,40}\)|\s+(?:oral|spotlight|poster|highlight|workshop|best\s+\w+(?:\s+\w+)?|award|vol\.?\s*\S+|no\.?\s*\S+|pp\.?\s*\S+))*";

    [GeneratedRegex(@"^(?<venue>.*?)[\s,]*(?<year>(?:19|20)\d{2})(?<tail>" + Tail + @")[\s.,;:]*$", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(?<venue>.*?\p{L})\s*['’](?<year>\d{2})(?<tail>" + Tail + @")[\s.,;:]*$", RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Apostrophe();

    [GeneratedRegex(@"\bworkshops?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WorkshopWord();

    /// <summary>Reads a trailing year and the venue before it; null when the text does not end with a year.</summary>
    public static FoundVenueYear? Read(string text)
    {
        var m = Trailing().Match(text);
        var twoDigits = false;
        if (!m.Success)
        {
            m = Apostrophe().Match(text);
            twoDigits = m.Success;
        }
        if (!m.Success) return null;
        var digits = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var year = twoDigits ? 2000 + digits : digits;
        if (!PaperDates.IsYear(year)) return null;
        var venue = m.Groups["venue"];
        var (vs, vl) = Trim(text, venue.Index, venue.Length);
        // A venue is a few words; a sentence that happens to end with a year is not one.
        if (vl > 0 && text.AsSpan(vs, vl).Count(' ') > 6) return null;
        // "ICLR 2022 Workshop (Oral)": a workshop is a venue of its own, written around the year.
        var tail = m.Groups["tail"];
        var workshop = WorkshopWord().Match(tail.Value);
        if (vl > 0 && workshop.Success)
            return new FoundVenueYear(vs, tail.Index + workshop.Index + workshop.Length - vs, m.Groups["year"].Index, m.Groups["year"].Length, year, YearInVenue: true);
        return new FoundVenueYear(vs, vl, m.Groups["year"].Index, m.Groups["year"].Length, year);
    }

    private static (int Start, int Length) Trim(string text, int start, int length)
    {
        var end = start + length;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':' or '|' or '(' or '[')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':' or '|' or '.')) end--;
        return (start, end - start);
    }
}
