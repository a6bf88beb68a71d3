using System.Globalization;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Import;

/// <summary>The sections of a list as <c>import</c> prints them: what each is, its layout, its columns, where its years came from.</summary>
public static class ListReportText
{
    public static IEnumerable<string> Lines(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return Lines(list.Sections);
    }

    public static IEnumerable<string> Lines(IReadOnlyList<SectionReport> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Count == 0) yield break;
        yield return "Sections:";
        foreach (var s in sections)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  line {s.Line,5}  {s.Path}: {Role(s)}");
            foreach (var columns in s.Columns) yield return $"               columns: {columns}";
            if (s.Role == SectionRole.Category && s.Years.Count > 0)
                yield return "               years: " + string.Join(", ", s.Years.OrderBy(y => y.Key).Select(y => $"{y.Value} {YearName(y.Key)}"));
        }
    }

    /// <summary>What the section was read as: "12 entries as bullets", "about the list, not imported".</summary>
    public static string Role(SectionReport s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Role switch
        {
            SectionRole.Category => s.Entries == 0 ? "an empty category" : $"{s.Entries} {(s.Entries == 1 ? "entry" : "entries")} as {string.Join(", ", s.Layouts.Where(l => l != "table of contents"))}",
            SectionRole.Group => "groups the sections under it",
            SectionRole.Title => "the list's title" + (s.Layouts.Contains("table of contents") ? " and table of contents" : ""),
            SectionRole.Contents => "table of contents, not imported",
            SectionRole.Boilerplate => "about the list, not imported",
            SectionRole.Excluded => "left out by the layout file",
            _ => "no entries, not imported",
        };
    }

    private static string YearName(YearSource source) => source switch
    {
        YearSource.YearColumn => "from a year column",
        YearSource.Date => "from a date",
        YearSource.YearRow => "from year rows",
        YearSource.Venue => "from the venue",
        YearSource.Parenthesis => "from (year)",
        YearSource.ListTitle => "from the list's title",
        YearSource.ArxivId => "from the arXiv id",
        _ => "unknown",
    };
}
