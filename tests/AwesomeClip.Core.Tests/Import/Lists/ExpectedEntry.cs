using System.Globalization;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>Fields of an <see cref="ExpectedEntry"/> a test leaves unchecked (where the list gives no clear answer).</summary>
[Flags]
public enum Unchecked
{
    None = 0,
    Commentary = 1,
    LinkKinds = 2,
    Authors = 4,
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
    public void AssertIn(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var found = list.Papers.Where(p => p.SourceLine == Line).ToList();
        if (found.Count != 1)
        {
            Assert.Fail($"line {Line} ('{Title}'): expected one entry starting on this line, found {found.Count}"
                + (found.Count == 0 ? $"; entries nearby: {string.Join(", ", list.Papers.Where(p => Math.Abs(p.SourceLine - Line) <= 3).Select(p => $"{p.SourceLine} '{p.Title}'"))}" : ""));
        }
        var p = found[0];
        var differences = new List<string>();
        void Compare<T>(string field, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual)) differences.Add($"{field}: expected {Show(expected)}, got {Show(actual)}");
        }
        Compare("Title", Title, p.Title);
        Compare("Url", Url, p.Url);
        if (!Unchecked.HasFlag(Unchecked.Authors)) Compare("Authors", Authors, p.Authors);
        Compare("Venue", Venue, p.Venue);
        if (ShortVenue is not null) Compare("short venue", ShortVenue, VenueNames.Short(p.Venue));
        Compare("Year", Year, p.Year);
        Compare("Month", Month, p.Month);
        Compare("Day", Day, p.Day);
        Compare("YearSource", YearSource, p.YearSource);
        var links = Unchecked.HasFlag(Unchecked.LinkKinds) ? Links.Select(l => l with { Kind = LinkKind.Other }).ToList() : Links.ToList();
        var actualLinks = Unchecked.HasFlag(Unchecked.LinkKinds) ? p.Links.Select(l => l with { Kind = LinkKind.Other }).ToList() : p.Links.ToList();
        Compare("Links", Show(links), Show(actualLinks));
        Compare("Extras", Show(Extras), Show(p.Extras));
        Compare("Abstract", Abstract, p.Abstract);
        if (!Unchecked.HasFlag(Unchecked.Commentary)) Compare("Commentary", Commentary, p.Commentary);
        Compare("ArxivId", ArxivId, p.ArxivId);
        Compare("Figures", "", string.Join(" ", p.Figures));
        Compare("Layout", Layout, p.Layout);
        Compare("LineCount", LineCount, p.LineCount);
        if (differences.Count > 0)
            Assert.Fail($"line {Line} ('{Title}') differs from what the file says:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", differences));
    }

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string s => $"«{s}»",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static string Show(IEnumerable<LinkValue> links) => "[" + string.Join(", ", links.Select(l => $"{l.Kind} «{l.Label}» {l.Url}")) + "]";

    private static string Show(IEnumerable<ExtraField> extras) => "[" + string.Join(", ", extras.Select(e => $"«{e.Label}»=«{e.Text}»")) + "]";
}

/// <summary>What the list tests ask of a parsed list, an import and an export.</summary>
public static class RealListChecks
{
    /// <summary>Entries per top-level category, each counted with the categories under it, in the list's order.</summary>
    public static List<(string Section, int Entries)> TopLevelCounts(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var counts = new List<(string Section, int Entries)>();
        var rootOf = new int[list.Categories.Count];
        for (var i = 0; i < list.Categories.Count; i++)
        {
            var root = i;
            while (list.Categories[root].Parent is { } parent) root = parent;
            rootOf[i] = root;
        }
        foreach (var root in rootOf.Distinct())
            counts.Add((list.Categories[root].Name, Enumerable.Range(0, list.Categories.Count).Where(i => rootOf[i] == root).Sum(i => list.Categories[i].Papers.Count)));
        return counts;
    }

    /// <summary>Every category as "Path / To / It (papers)", in the list's order.</summary>
    public static List<string> Tree(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Categories.Select(c => $"{string.Join(" / ", list.PathOf(c))} ({c.Papers.Count})").ToList();
    }

    /// <summary>The 1-based lines of the file that match <paramref name="isEntry"/>: where a reader of the file sees entries start.</summary>
    public static List<int> LinesWhere(string text, Func<int, string, bool> isEntry)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isEntry);
        var lines = text.Split('\n');
        return Enumerable.Range(1, lines.Length).Where(n => isEntry(n, lines[n - 1])).ToList();
    }

    public static List<int> SkippedLines(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Issues.Where(i => i.Severity == ImportIssueSeverity.Skipped).Select(i => i.Line).Order().ToList();
    }

    public static string SkippedReport(ParsedList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return string.Join(Environment.NewLine, list.Issues.Where(i => i.Severity == ImportIssueSeverity.Skipped));
    }

    /// <summary>Imports the file into a fresh catalog and exports it back.</summary>
    public static async Task<ListExport> RoundTripAsync(string path)
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(path);
        return await new ListExporter(database).ExportAsync();
    }

    /// <summary>The export equals the file, byte for byte, and says nothing was lost.</summary>
    public static async Task AssertExportsByteForByteAsync(string path)
    {
        var export = await RoundTripAsync(path);
        var expected = await File.ReadAllBytesAsync(path);
        Assert.Empty(export.Warnings);
        Assert.Equal(ListExport.Encoding.GetString(expected), export.Markdown);
        Assert.Equal(expected, export.ToBytes());
    }
}
