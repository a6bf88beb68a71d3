using System.Globalization;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>Fields of an <see cref="ExpectedEntry"/> a test leaves unchecked (where the list gives no clear answer).</summary>
[Flags]
public enum Unchecked
{
    None = 0,
    Commentary = 1,
    LinkKinds = 2,
    Venue = 4,
}

/// <summary>
/// One entry of a real list as a reader of the file sees it, written from the file: every field is compared, so a field
/// left at its default says the entry does not have it (no URL, no authors, no year, no links, no extra columns).
/// </summary>
public sealed record ExpectedEntry(int Line, string Title)
{
    public string? Url { get; init; }

    public string? Authors { get; init; }

    public string? Venue { get; init; }

    /// <summary>The venue's short name (<see cref="VenueNames.Short"/>) when it is worth saying ("Computer Graphics Forum" → CGF).</summary>
    public string? ShortVenue { get; init; }

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public YearSource YearSource { get; init; }

    public IReadOnlyList<LinkValue> Links { get; init; } = [];

    public IReadOnlyList<ExtraField> Extras { get; init; } = [];

    public string Abstract { get; init; } = "";

    public string? Commentary { get; init; }

    public string? ArxivId { get; init; }

    public EntryLayout Layout { get; init; }

    public int LineCount { get; init; } = 1;

    public Unchecked Unchecked { get; init; }

    /// <summary>Compares every field with the entry the parser read at <see cref="Line"/>; fails listing all differences.</summary>
    public void AssertIn(ParsedList list) => AssertAll(list, this);

    /// <summary>Checks every entry, then fails once with the differences of all of them.</summary>
    public static void AssertAll(ParsedList list, params ExpectedEntry[] entries)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(entries);
        var failures = entries.Select(e => e.Differences(list)).OfType<string>().ToList();
        if (failures.Count > 0) Assert.Fail(string.Join(Environment.NewLine, failures));
    }

    /// <summary>What differs between this entry and the one the parser read at <see cref="Line"/>; null when nothing does.</summary>
    public string? Differences(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var found = list.Papers.Where(p => p.SourceLine == Line).ToList();
        if (found.Count != 1)
        {
            return $"line {Line} ('{Title}'): expected one entry starting on this line, found {found.Count}"
                + (found.Count == 0 ? $"; entries nearby: {string.Join(", ", list.Papers.Where(p => Math.Abs(p.SourceLine - Line) <= 3).Select(p => $"{p.SourceLine} '{p.Title}'"))}" : "");
        }
        var p = found[0];
        var differences = new List<string>();
        void Compare<T>(string field, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual)) differences.Add($"{field}: expected {Show(expected)}, got {Show(actual)}");
        }
        Compare("Title", Title, p.Title);
        Compare("Url", Url, p.Url);
        Compare("Authors", Authors, p.Authors);
        if (!Unchecked.HasFlag(Unchecked.Venue)) Compare("Venue", Venue, p.Venue);
        if (ShortVenue is not null) Compare("short venue", ShortVenue, VenueNames.Short(p.Venue));
        Compare("Year", Year, p.Year);
        Compare("Month", Month, p.Month);
        Compare("Day", Day, p.Day);
        Compare("YearSource", YearSource, p.YearSource);
        var links = Unchecked.HasFlag(Unchecked.LinkKinds) ? Links.Select(l => l with { Kind = LinkKind.Other }).ToList() : Links.ToList();
        var actualLinks = Unchecked.HasFlag(Unchecked.LinkKinds) ? p.Links.Select(l => l with { Kind = LinkKind.Other }).ToList() : p.Links.ToList();
        Compare("Links", ShowLinks(links), ShowLinks(actualLinks));
        Compare("Extras", ShowExtras(Extras), ShowExtras(p.Extras));
        Compare("Abstract", Abstract, p.Abstract);
        if (!Unchecked.HasFlag(Unchecked.Commentary)) Compare("Commentary", Commentary, p.Commentary);
        Compare("ArxivId", ArxivId, p.ArxivId);
        Compare("Figures", "", string.Join(" ", p.Figures));
        Compare("Layout", Layout, p.Layout);
        Compare("LineCount", LineCount, p.LineCount);
        return differences.Count == 0 ? null
            : $"line {Line} ('{Title}') differs from what the file says:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", differences);
    }

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string s => $"«{s}»",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static string ShowLinks(IEnumerable<LinkValue> links) => "[" + string.Join(", ", links.Select(l => $"{l.Kind} «{l.Label}» {l.Url}")) + "]";

    private static string ShowExtras(IEnumerable<ExtraField> extras) => "[" + string.Join(", ", extras.Select(e => $"«{e.Label}»=«{e.Text}»")) + "]";
}
