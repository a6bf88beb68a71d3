using System.Globalization;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>
/// Writes a category's body: the catalog's entries (and, in tables that have them, year rows), merged into the
/// template's body by a longest-common-subsequence diff so that only what changed moves. Lines of the body that are
/// not entries stay where they were; a new block entry gets the blank lines its neighbours have between them.
/// </summary>
internal static class SectionBody
{
    /// <summary>A year row or an entry the catalog wants, in order.</summary>
    public sealed record Wanted(int? Year, Paper? Paper);

    /// <summary>Writes one paper's entry; <c>own</c> is its imported entry when the template has it.</summary>
    public delegate string WriteEntry(Paper paper);

    public static List<Wanted> Order(IEnumerable<Paper> papers, YearOrder order, bool yearRows)
    {
        var sorted = papers.OrderBy(p => p.Position).ThenBy(p => p.Id).ToList();
        if (!yearRows) return sorted.Select(p => new Wanted(p.Year, p)).ToList();
        var runs = new List<(int? Year, List<Paper> Papers)>();
        foreach (var paper in sorted)
        {
            if (runs.Count > 0 && runs[^1].Year == paper.Year) runs[^1].Papers.Add(paper);
            else runs.Add((paper.Year, [paper]));
        }
        if (order != YearOrder.AsWritten)
        {
            var groups = sorted.GroupBy(p => p.Year).Select(g => (Year: g.Key, Papers: g.ToList()));
            var byYear = order == YearOrder.Ascending ? groups.OrderBy(g => g.Year) : groups.OrderByDescending(g => g.Year);
            runs = byYear.OrderBy(g => g.Year is null ? 0 : 1).ToList();
        }
        // Papers without a year stand above the first year row, with no year row of their own.
        return runs.SelectMany(r => r.Year is null
            ? r.Papers.Select(p => new Wanted(r.Year, p))
            : r.Papers.Select(p => new Wanted(r.Year, p)).Prepend(new Wanted(r.Year, null))).ToList();
    }

    public static IEnumerable<TextLine> Merge(
        IReadOnlyList<TextLine> lines,
        IReadOnlyList<BodyItem> template,
        IReadOnlyList<Wanted> wanted,
        IReadOnlyDictionary<Paper, int> templateLineOf,
        WriteEntry write,
        int blankLinesBetween)
    {
        bool Same(BodyItem t, Wanted w) => w.Paper is null
            ? t.Kind == BodyItemKind.Year && t.Year == w.Year
            : t.Kind == BodyItemKind.Entry && templateLineOf.TryGetValue(w.Paper, out var line) && line == t.Line;

        // lcs[i, j]: length of the longest common subsequence of template[i..] and wanted[j..].
        var lcs = new int[template.Count + 1, wanted.Count + 1];
        for (var i = template.Count - 1; i >= 0; i--)
        {
            for (var j = wanted.Count - 1; j >= 0; j--)
                lcs[i, j] = Same(template[i], wanted[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        var output = new List<TextLine>();
        int ti = 0, wi = 0;
        var skipBlank = false;
        while (ti < template.Count || wi < wanted.Count)
        {
            if (ti < template.Count && wi < wanted.Count && Same(template[ti], wanted[wi]))
            {
                var item = template[ti];
                if (wanted[wi].Paper is { } paper) Entry(output, lines, item, write(paper));
                else output.Add(lines[item.Line]);
                skipBlank = false;
                ti++;
                wi++;
            }
            else if (ti < template.Count && (wi == wanted.Count || lcs[ti + 1, wi] >= lcs[ti, wi + 1]))
            {
                // Gone from the catalog: entries and the year rows over them go; everything else stays.
                var item = template[ti];
                if (item.Kind == BodyItemKind.Entry)
                {
                    // A block entry takes the blank lines after it along, so that no double gap is left.
                    skipBlank = blankLinesBetween > 0 && (output.Count == 0 || output[^1].Text.Length == 0);
                }
                else if (item.Kind == BodyItemKind.Other || item.EmptyYear)
                {
                    var blank = lines[item.Line].Text.Trim().Length == 0;
                    if (!(skipBlank && blank)) output.Add(lines[item.Line]);
                    if (!blank) skipBlank = false;
                }
                ti++;
            }
            else
            {
                var w = wanted[wi];
                if (w.Paper is null)
                {
                    output.Add(new TextLine(string.Create(CultureInfo.InvariantCulture, $"|{w.Year}|"), ""));
                }
                else
                {
                    // A new block needs blank lines around it, as its neighbours have.
                    if (blankLinesBetween > 0 && output.Count > 0 && output[^1].Text.Trim().Length > 0)
                        for (var b = 0; b < blankLinesBetween; b++) output.Add(new TextLine("", ""));
                    foreach (var line in write(w.Paper).Split('\n')) output.Add(new TextLine(line, ""));
                    var next = ti < template.Count ? template[ti] : null;
                    if (blankLinesBetween > 0 && next is { Kind: BodyItemKind.Entry })
                        for (var b = 0; b < blankLinesBetween; b++) output.Add(new TextLine("", ""));
                }
                skipBlank = false;
                wi++;
            }
        }
        return output;
    }

    /// <summary>A kept entry: its own lines when its text is the same, else the new text with the old last line ending.</summary>
    private static void Entry(List<TextLine> output, IReadOnlyList<TextLine> lines, BodyItem item, string text)
    {
        var old = Enumerable.Range(item.Line, item.LineCount).Select(i => lines[i]).ToList();
        if (string.Join('\n', old.Select(l => l.Text)) == text)
        {
            output.AddRange(old);
            return;
        }
        var split = text.Split('\n');
        for (var i = 0; i < split.Length; i++)
            output.Add(new TextLine(split[i], i == split.Length - 1 ? old[^1].Eol : i < old.Count ? old[i].Eol : ""));
    }
}
