using System.Globalization;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>
/// Writes a category's table body: the catalog's year rows and paper rows, merged into the template's body by a
/// longest-common-subsequence diff so that only what changed moves. Rows the template holds that are not papers
/// stay where they were.
/// </summary>
internal static class SectionBody
{
    /// <summary>A year row or a paper row the catalog wants, in order.</summary>
    public sealed record Wanted(int? Year, Paper? Paper);

    public static List<Wanted> Order(IEnumerable<Paper> papers, YearOrder order)
    {
        var sorted = papers.OrderBy(p => p.Position).ThenBy(p => p.Id).ToList();
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
        ICollection<string> warnings)
    {
        bool Same(BodyItem t, Wanted w) => w.Paper is null
            ? t.Kind == BodyItemKind.Year && t.Year == w.Year
            : t.Kind == BodyItemKind.Paper && templateLineOf.TryGetValue(w.Paper, out var line) && line == t.Line;

        // lcs[i, j]: length of the longest common subsequence of template[i..] and wanted[j..].
        var lcs = new int[template.Count + 1, wanted.Count + 1];
        for (var i = template.Count - 1; i >= 0; i--)
        {
            for (var j = wanted.Count - 1; j >= 0; j--)
                lcs[i, j] = Same(template[i], wanted[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }

        int ti = 0, wi = 0;
        while (ti < template.Count || wi < wanted.Count)
        {
            if (ti < template.Count && wi < wanted.Count && Same(template[ti], wanted[wi]))
            {
                var kept = lines[template[ti].Line];
                yield return wanted[wi].Paper is { } paper ? kept with { Text = PaperRow.For(paper, warnings) } : kept;
                ti++;
                wi++;
            }
            else if (ti < template.Count && (wi == wanted.Count || lcs[ti + 1, wi] >= lcs[ti, wi + 1]))
            {
                // Gone from the catalog: paper rows and the year rows over them go; everything else stays.
                var item = template[ti];
                if (item.Kind == BodyItemKind.Other || item.EmptyYear) yield return lines[item.Line];
                ti++;
            }
            else
            {
                var w = wanted[wi];
                var text = w.Paper is null ? string.Create(CultureInfo.InvariantCulture, $"|{w.Year}|") : PaperRow.For(w.Paper, warnings);
                yield return new TextLine(text, "");
                wi++;
            }
        }
    }
}
