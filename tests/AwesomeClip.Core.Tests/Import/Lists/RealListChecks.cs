using AwesomeClip.Core.Export;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.Export;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Lists;

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
        AssertSameBytes(await File.ReadAllBytesAsync(path), export);
    }

    /// <summary>No warning, and the same bytes; on a difference, the lines that differ (with their line numbers) say where.</summary>
    public static void AssertSameBytes(byte[] expected, ListExport export)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(export);
        Assert.Empty(export.Warnings);
        var text = ListExport.Encoding.GetString(expected);
        if (text != export.Markdown) Assert.Fail("The export differs from the file:" + Environment.NewLine + DifferingLines(text, export.Markdown));
        Assert.Equal(expected, export.ToBytes());
    }

    /// <summary>The differing stretch of two texts (common first and last lines left out), as a line diff when it is short.</summary>
    private static string DifferingLines(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)]) tail++;
        var removed = a[head..^tail];
        var added = b[head..^tail];
        var diff = removed.Length * added.Length <= 4_000_000
            ? LineDiff.Between(string.Join('\n', removed), string.Join('\n', added))
            : new LineDiff(removed, added);
        var lines = diff.ToString().Split('\n');
        return $"from line {head + 1} of the file ({removed.Length} lines of the file, {added.Length} of the export):" + Environment.NewLine
            + string.Join(Environment.NewLine, lines.Take(60)) + (lines.Length > 60 ? $"{Environment.NewLine}… {lines.Length - 60} more" : "");
    }
}
