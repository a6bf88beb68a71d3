using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export.Rendering;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>
/// An imported version of the list as the export writes into it: its lines, and what the parser found in them (read
/// with the same layout file): each category's section, its entries with their shapes, the table of contents.
/// </summary>
internal sealed class ListTemplate
{
    private ListTemplate(List<TextLine> lines, ParsedList parsed, ListLayout layout)
    {
        Lines = lines;
        Parsed = parsed;
        Layout = layout;
        Newline = lines.Select(l => l.Eol).FirstOrDefault(e => e.Length > 0) ?? "\n";
        FinalEol = lines.Count == 0 ? Newline : lines[^1].Eol;
    }

    public List<TextLine> Lines { get; }

    public ParsedList Parsed { get; }

    public ListLayout Layout { get; }

    public IReadOnlyList<SectionMap> Sections => Parsed.Map.Sections;

    public IReadOnlyList<TocLink> Toc => Parsed.Map.Toc;

    public string Newline { get; }

    public string FinalEol { get; }

    public static ListTemplate Parse(string markdown, ListLayout? layout = null)
    {
        layout ??= ListLayout.Default;
        return new ListTemplate(TextLine.Split(markdown), ListParser.Parse(markdown, "The template", layout), layout);
    }

    public ParsedCategory CategoryOf(SectionMap section) => Parsed.Categories[section.Category];

    /// <summary>The entry of a section's body item.</summary>
    public ParsedPaper EntryOf(SectionMap section, BodyItem item) => CategoryOf(section).Papers[item.Entry];

    /// <summary>Where entries are written in a section: its layout, its entries as shapes to borrow (nearest first), its table.</summary>
    public EntryContext ContextFor(SectionMap section, int nearEntry = -1)
    {
        var own = CategoryOf(section).Papers;
        var layout = section.Layout ?? LayoutNear(section);
        // The section's own entries, nearest to the place first; then entries of the same layout elsewhere.
        var donors = own.Select((p, i) => (p, Distance: nearEntry < 0 ? i : Math.Abs(i - nearEntry)))
            .OrderBy(x => x.Distance).Select(x => x.p)
            .Concat(Parsed.Categories.Where(c => c != CategoryOf(section)).SelectMany(c => c.Papers).Where(p => p.Layout == layout))
            .Where(p => p.Layout == layout)
            .ToList();
        var (header, delimiter) = section.Table is { } t ? (Lines[t.Header].Text, Lines[t.Delimiter].Text) : TableNear(section);
        var rule = Layout.For(Parsed.PathOf(CategoryOf(section)));
        var columns = donors.FirstOrDefault(d => d.Shape is { Cells.Count: > 0 })?.Shape!.Cells
            ?? (header is null ? [] : HeaderColumns(header, rule));
        // A table with no column for the year keeps years in year rows, or they would be lost.
        var yearRows = section.Body.Any(b => b.Kind == BodyItemKind.Year) || YearRowsNear(section)
            || layout == EntryLayout.TableRow && columns.Count > 0 && !columns.Any(c => c.Role is ColumnRole.Year or ColumnRole.Date)
               && !donors.Any(d => d.Shape!.Parts.Any(p => p.Kind == PartKind.Year && p.Cell >= 0));
        return new EntryContext(layout, donors, header, delimiter, yearRows, Layout, rule)
        {
            Columns = columns,
            ListTitle = Parsed.Papers.Any(p => p.YearSource == YearSource.ListTitle) ? Parsed.Info.Title : null,
        };
    }

    private IReadOnlyList<ShapeCell> HeaderColumns(string header, SectionRule? rule)
    {
        var overrides = Layout.ColumnsFor(rule);
        return RawCells.Spans(header).Select(s =>
        {
            var text = MarkdownText.Plain(header[s.Start..s.End]).Trim();
            var role = overrides.TryGetValue(text, out var r) ? r : TableColumns.RoleOf(text);
            return new ShapeCell(s.Start, s.End, role, text);
        }).ToList();
    }

    /// <summary>A section with no entries writes new ones like its neighbours do.</summary>
    private EntryLayout LayoutNear(SectionMap section) =>
        Nearest(section, s => s.Layout is not null)?.Layout ?? EntryLayout.Bullet;

    private (string? Header, string? Delimiter) TableNear(SectionMap section) =>
        Nearest(section, s => s.Table is not null) is { Table: { } t } ? (Lines[t.Header].Text, Lines[t.Delimiter].Text) : (null, null);

    private bool YearRowsNear(SectionMap section) =>
        section.Body.All(b => b.Kind != BodyItemKind.Entry) && Nearest(section, s => s.Body.Any(b => b.Kind != BodyItemKind.Other))?.Body.Any(b => b.Kind == BodyItemKind.Year) == true;

    /// <summary>The nearest section (siblings first, then by distance in the file) that satisfies <paramref name="test"/>.</summary>
    public SectionMap? Nearest(SectionMap section, Func<SectionMap, bool> test)
    {
        var parent = CategoryOf(section).Parent;
        return Sections
            .Where(s => s != section && test(s))
            .OrderBy(s => CategoryOf(s).Parent == parent ? 0 : 1)
            .ThenBy(s => Math.Abs(s.HeadingStart - section.HeadingStart))
            .FirstOrDefault();
    }

    /// <summary>The sections that hold a paper's imported entry, by the paper's source line and text.</summary>
    public Dictionary<Paper, (SectionMap Section, BodyItem Item, ParsedPaper Entry)> EntriesOf(IEnumerable<Paper> papers)
    {
        var byLine = new Dictionary<int, (SectionMap, BodyItem, ParsedPaper)>();
        foreach (var section in Sections)
        {
            foreach (var item in section.Body.Where(b => b.Kind == BodyItemKind.Entry)) byLine[item.Line] = (section, item, EntryOf(section, item));
        }
        var result = new Dictionary<Paper, (SectionMap, BodyItem, ParsedPaper)>();
        var claimed = new HashSet<int>();
        foreach (var paper in papers.OrderBy(p => p.Id))
        {
            var line = paper.SourceLine - 1;
            if (!byLine.TryGetValue(line, out var found) || found.Item3.SourceMarkdown != paper.SourceMarkdown || !claimed.Add(line)) continue;
            result[paper] = found;
        }
        return result;
    }
}
