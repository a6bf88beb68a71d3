using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export.Rendering;

/// <summary>
/// Writes a paper as a row of its table, cell by cell: a cell whose fields did not change keeps its text; a changed
/// cell is rewritten in place (<see cref="EntryRewriter"/>), borrowing from the same column of other rows. Links go
/// back to the cells they were in; a new link goes to the column for its kind (a code link to the Code column).
/// </summary>
internal static class TableRowWriter
{
    /// <param name="start">The row to start from: the paper's own (<paramref name="own"/>) or another row of the table.</param>
    public static string? Write(ParsedPaper start, PaperValues values, EntryContext context, Escaping escaping, bool own)
    {
        var shape = start.Shape!;
        var cells = shape.Cells;
        if (cells.Count == 0 || (context.Columns.Count > 0 && cells.Count != context.Columns.Count)) return null;
        var linkCell = LinkCells(start, values.Links, cells, own);
        if (linkCell is null) return null;
        var old = start.Values(values.CategoryId);
        var oldLinkCell = start.Links.Select((_, i) => shape.Parts.FirstOrDefault(p => p.Kind == PartKind.Link && p.Index == i)?.Cell ?? -1).ToList();
        var yearCell = YearCell(cells, shape, values);
        var noteColumn = cells.Any(c => c.Role == ColumnRole.Note);

        var text = start.SourceMarkdown;
        var result = new System.Text.StringBuilder();
        var at = 0;
        for (var k = 0; k < cells.Count; k++)
        {
            var cell = cells[k];
            var slots = Slots(cell, values, values.Links.Where((_, i) => linkCell[i] == k).ToList(), yearCell == k, noteColumn);
            var before = Slots(cell, old, old.Links.Where((_, i) => oldLinkCell[i] == k).ToList(), shape.Parts.Any(p => p.Cell == k && p.Kind is PartKind.Year or PartKind.Date), noteColumn);
            result.Append(text, at, cell.Start - at);
            var cellText = text[cell.Start..cell.End];
            if (own && Same(slots, before))
            {
                result.Append(cellText);
            }
            else
            {
                var column = context.Donors.Where(d => d.Shape is { } s && s.Cells.Count == cells.Count).Select(d => CellOf(d, k)).ToList();
                var from = own ? CellOf(start, k) : BestCell(column, slots) ?? CellOf(start, k);
                var donors = column.Where(d => d.Parts.Count > 0).Take(12).ToList();
                var rewritten = EntryRewriter.Rewrite(from, slots, donors, escaping, own);
                if (rewritten is null) return null;
                result.Append(rewritten);
            }
            at = cell.End;
        }
        result.Append(text, at, text.Length - at);
        return result.ToString();
    }

    /// <summary>
    /// The cell a new row's cell is written like: one with the same kinds of parts, spelled the way most of the column
    /// spells it (so that a new row has the list's most common spacing), the nearest of those.
    /// </summary>
    private static ShapedText? BestCell(IReadOnlyList<ShapedText> column, EntrySlots slots)
    {
        if (column.Count == 0) return null;
        var needed = Kinds(slots);
        var frames = column.GroupBy(Frame).ToDictionary(g => g.Key, g => g.Count());
        return column
            .Select((cell, i) => (Cell: cell, Index: i, Same: KindsOf(cell).SetEquals(needed), Overlap: KindsOf(cell).Intersect(needed).Count()))
            .OrderByDescending(c => c.Same)
            .ThenByDescending(c => c.Overlap)
            .ThenBy(c => HasStrayText(c.Cell))
            .ThenByDescending(c => frames[Frame(c.Cell)])
            .ThenBy(c => c.Index)
            .First().Cell;
    }

    private static HashSet<PartKind> Kinds(EntrySlots s)
    {
        var kinds = new HashSet<PartKind>();
        if (s.Title is not null) kinds.Add(PartKind.Title);
        if (s.Repo is not null && s.Title is not null || s.Repo is not null && s.Links.Count == 0 && s.Title is null && s.Abstract is null) kinds.Add(PartKind.Badge);
        if (s.Authors is not null) kinds.Add(PartKind.Authors);
        if (s.Venue is not null) kinds.Add(PartKind.Venue);
        if (s.Year is not null) kinds.Add(s.Month is not null ? PartKind.Date : PartKind.Year);
        if (s.Abstract is not null) kinds.Add(PartKind.Abstract);
        if (s.Commentary is not null) kinds.Add(PartKind.Commentary);
        if (s.Extra is not null) kinds.Add(PartKind.Extra);
        if (s.Links.Count > 0) kinds.Add(PartKind.Link);
        if (s.Figures.Count > 0) kinds.Add(PartKind.Figure);
        return kinds;
    }

    private static HashSet<PartKind> KindsOf(ShapedText cell) => cell.Parts.Where(p => p.Kind != PartKind.Keep).Select(p => p.Kind).ToHashSet();

    /// <summary>The cell's text with its parts taken out: how it is spelled around its values.</summary>
    private static string Frame(ShapedText cell)
    {
        var sb = new System.Text.StringBuilder();
        var at = 0;
        foreach (var part in cell.Parts)
        {
            if (part.Start < at) continue;
            sb.Append(cell.Text, at, part.Start - at).Append('{').Append(part.Kind).Append('}');
            at = part.End;
        }
        return sb.Append(cell.Text, at, cell.Text.Length - at).ToString();
    }

    /// <summary>Words around the cell's values that are no field of the row's ("note" in a links column): not to be copied.</summary>
    private static bool HasStrayText(ShapedText cell)
    {
        var at = 0;
        foreach (var part in cell.Parts)
        {
            if (part.Start < at) continue;
            if (cell.Text.AsSpan(at, part.Start - at).ContainsAnyInRange('0', '9') || cell.Text[at..part.Start].Any(char.IsLetter)) return true;
            at = part.End;
        }
        return cell.Text[at..].Any(char.IsLetterOrDigit);
    }

    private static ShapedText CellOf(ParsedPaper row, int k)
    {
        var cell = row.Shape!.Cells[k];
        return new ShapedText(row.SourceMarkdown[cell.Start..cell.End], row.Shape.Parts.Where(p => p.Cell == k).Select(p => p.Shift(-cell.Start)).ToList(), row.Links);
    }

    /// <summary>The values one cell holds, by its column's role.</summary>
    private static EntrySlots Slots(ShapeCell cell, PaperValues v, IReadOnlyList<LinkValue> links, bool holdsYear, bool noteColumn)
    {
        var slots = EntrySlots.None with { Links = links };
        return cell.Role switch
        {
            ColumnRole.Title => slots with { Title = v.Title, Url = v.Url, Repo = v.GithubRepo },
            ColumnRole.Abstract => slots with { Abstract = v.Abstract.Length == 0 ? null : v.Abstract, Commentary = noteColumn ? null : v.Commentary },
            ColumnRole.Note => slots with { Commentary = v.Commentary },
            ColumnRole.Figure => slots with { Figures = v.Figures },
            ColumnRole.Stars => slots with { Repo = v.GithubRepo },
            ColumnRole.Authors => slots with { Authors = v.Authors },
            ColumnRole.Venue => slots with { Venue = v.Venue, Year = holdsYear ? v.Year : null },
            ColumnRole.Year => slots with { Year = holdsYear ? v.Year : null },
            ColumnRole.Date => slots with { Year = holdsYear ? v.Year : null, Month = holdsYear ? v.Month : null, Day = holdsYear ? v.Day : null },
            ColumnRole.Other => slots with { Extra = v.Extras.FirstOrDefault(e => e.Label == cell.Header)?.Text },
            _ => slots,
        } with { Links = links };
    }

    private static bool Same(EntrySlots a, EntrySlots b) =>
        a with { Links = [], Figures = [] } == b with { Links = [], Figures = [] } && a.Links.SequenceEqual(b.Links) && a.Figures.SequenceEqual(b.Figures, StringComparer.Ordinal);

    /// <summary>The cell the year is written in: where the row wrote it, else a Date, Year or Venue column; -1 for year rows.</summary>
    private static int YearCell(IReadOnlyList<ShapeCell> cells, EntryShape shape, PaperValues values)
    {
        if (shape.Parts.FirstOrDefault(p => p.Kind is PartKind.Date or PartKind.Year && p.Cell >= 0) is { } part) return part.Cell;
        var roles = cells.Select(c => c.Role).ToList();
        if (values.Month is not null && roles.IndexOf(ColumnRole.Date) is var d and >= 0) return d;
        if (roles.IndexOf(ColumnRole.Year) is var y and >= 0) return y;
        if (roles.IndexOf(ColumnRole.Date) is var d2 and >= 0) return d2;
        return -1;
    }

    /// <summary>Each new link's cell: the cell its old self was in, else the column for its kind. Null when a link has no cell.</summary>
    private static int[]? LinkCells(ParsedPaper start, IReadOnlyList<LinkValue> links, IReadOnlyList<ShapeCell> cells, bool own)
    {
        var result = new int[links.Count];
        var oldCells = start.Shape!.Parts.Where(p => p.Kind == PartKind.Link).ToDictionary(p => p.Index, p => p.Cell);
        var used = new HashSet<int>();
        for (var n = 0; n < links.Count; n++)
        {
            result[n] = -1;
            if (!own) continue;
            for (var i = 0; i < start.Links.Count; i++)
            {
                if (used.Contains(i) || start.Links[i] != links[n] || !oldCells.TryGetValue(i, out var c)) continue;
                result[n] = c;
                used.Add(i);
                break;
            }
        }
        var roles = cells.Select(c => c.Role).ToList();
        var holdsLinks = Enumerable.Range(0, cells.Count).Where(i => roles[i] is ColumnRole.Links or ColumnRole.Code or ColumnRole.Paper or ColumnRole.Project or ColumnRole.Other).ToList();
        for (var n = 0; n < links.Count; n++)
        {
            if (result[n] >= 0) continue;
            // The row is read left to right: a new link's cell must not put it before the links before it or after those after it.
            var low = Enumerable.Range(0, n).Select(i => result[i]).Where(c => c >= 0).DefaultIfEmpty(0).Max();
            var high = Enumerable.Range(n + 1, links.Count - n - 1).Select(i => result[i]).Where(c => c >= 0).DefaultIfEmpty(cells.Count - 1).Min();
            var preferred = links[n].Kind switch
            {
                LinkKind.Github or LinkKind.Code => [ColumnRole.Code, ColumnRole.Links, ColumnRole.Other],
                LinkKind.Paper => [ColumnRole.Paper, ColumnRole.Links, ColumnRole.Other],
                LinkKind.Project => [ColumnRole.Project, ColumnRole.Links, ColumnRole.Other],
                _ => new[] { ColumnRole.Links, ColumnRole.Other },
            };
            var cell = preferred.Select(r => roles.IndexOf(r)).FirstOrDefault(i => i >= low && i <= high, -1);
            if (cell < 0) cell = holdsLinks.FirstOrDefault(i => i >= low && i <= high, -1);
            if (cell < 0) cell = preferred.Select(r => roles.IndexOf(r)).Concat(holdsLinks).Append(roles.IndexOf(ColumnRole.Title)).FirstOrDefault(i => i >= 0, -1);
            if (cell < 0) return null;
            result[n] = cell;
        }
        return result;
    }
}
