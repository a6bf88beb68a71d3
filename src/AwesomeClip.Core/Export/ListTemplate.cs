using System.Globalization;
using AwesomeClip.Core.Import;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwesomeClip.Core.Export;

/// <summary>
/// The structure of an imported version of the list, found the way <see cref="ListParser"/> finds it: the text
/// before the first category (preamble, table of contents), each category's section, and the text after the last.
/// </summary>
internal sealed class ListTemplate
{
    private ListTemplate(List<TextLine> lines, List<TemplateSection> sections, List<TocEntry> toc, List<string> preambleHeadings)
    {
        Lines = lines;
        Sections = sections;
        Toc = toc;
        PreambleHeadings = preambleHeadings;
        Newline = lines.Select(l => l.Eol).FirstOrDefault(e => e.Length > 0) ?? "\n";
        FinalEol = lines.Count == 0 ? Newline : lines[^1].Eol;
        PaperLines = sections.SelectMany(s => s.Body).Where(b => b.Kind == BodyItemKind.Paper).Select(b => b.Line).ToHashSet();
    }

    public List<TextLine> Lines { get; }

    public IReadOnlyList<TemplateSection> Sections { get; }

    /// <summary>At most one entry per section; empty when the template has no table of contents.</summary>
    public IReadOnlyList<TocEntry> Toc { get; }

    /// <summary>Texts of the headings before the first section (they take their anchors first).</summary>
    public IReadOnlyList<string> PreambleHeadings { get; }

    public string Newline { get; }

    public string FinalEol { get; }

    public IReadOnlySet<int> PaperLines { get; }

    public static ListTemplate Parse(string markdown)
    {
        var lines = TextLine.Split(markdown);
        var document = Markdown.Parse(markdown, ListParser.Pipeline);
        var parsed = ListParser.Parse(markdown);
        var raw = FindSections(document);
        if (raw.Count != parsed.Categories.Count)
            throw new InvalidOperationException($"The template has {raw.Count} category sections but the parser found {parsed.Categories.Count}.");

        var lineOf = LineIndex(lines);
        var sections = raw.Select((r, i) => BuildSection(r, parsed.Categories[i], lineOf)).ToList();
        var firstLine = sections.Count > 0 ? sections[0].HeadingStart : lines.Count;
        var preambleHeadings = document.Descendants<HeadingBlock>().Where(h => h.Line < firstLine).Select(h => InlineText.Plain(h.Inline).Trim()).ToList();
        var anchors = GithubAnchor.ForAll(preambleHeadings.Concat(sections.Select(s => s.Name))).Skip(preambleHeadings.Count).ToList();
        var toc = FindToc(document, lines, sections, anchors, firstLine);
        return new ListTemplate(lines, sections, toc, preambleHeadings);
    }

    private sealed record RawSection(HeadingBlock Heading, List<Table> Tables);

    // The same walk as ListParser: top-level '##' headings, each followed by at least one catalog table.
    private static List<RawSection> FindSections(MarkdownDocument document)
    {
        var sections = new List<RawSection>();
        RawSection? current = null;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading:
                    if (current is { Tables.Count: > 0 }) sections.Add(current);
                    current = new RawSection(heading, []);
                    break;
                case Table table when current is not null && CatalogTable.IsCatalogTable(table):
                    current.Tables.Add(table);
                    break;
            }
        }
        if (current is { Tables.Count: > 0 }) sections.Add(current);
        return sections;
    }

    private static TemplateSection BuildSection(RawSection raw, ParsedCategory category, Func<int, int> lineOf)
    {
        var headingStart = raw.Heading.Line;
        var headingEnd = Math.Max(headingStart, lineOf(Math.Max(raw.Heading.Span.Start, raw.Heading.Span.End)));
        var bodyStart = raw.Tables[0].Line + 2;
        var rowLines = raw.Tables.SelectMany(t => t.OfType<TableRow>()).Select(r => r.Line).ToList();
        var end = Math.Max(bodyStart - 1, rowLines.Max());

        var papers = category.Papers.Select(p => p.SourceLine - 1).ToHashSet();
        var years = new Dictionary<int, int>();
        foreach (var row in raw.Tables.SelectMany(t => t.OfType<TableRow>()).Where(r => !r.IsHeader))
        {
            if (TryReadYear(row, out var year)) years[row.Line] = year;
        }

        var body = new List<BodyItem>();
        for (var line = bodyStart; line <= end; line++)
        {
            if (papers.Contains(line)) body.Add(new BodyItem(line, BodyItemKind.Paper));
            else if (years.TryGetValue(line, out var year)) body.Add(new BodyItem(line, BodyItemKind.Year, year));
            else body.Add(new BodyItem(line, BodyItemKind.Other));
        }
        MarkEmptyYears(body);
        return new TemplateSection(category.Name, headingStart, headingEnd, bodyStart, end, body, OrderOf(body));
    }

    // Mirrors CatalogTable's year row: a four-digit first cell, every other cell blank, within 1990-2100.
    private static bool TryReadYear(TableRow row, out int year)
    {
        year = 0;
        var cells = row.OfType<TableCell>().Select(c => InlineText.Plain(TableCellContent.From(c).Inline).Trim()).ToList();
        return cells.Count > 0
            && cells[0].Length == 4
            && cells.Skip(1).All(string.IsNullOrWhiteSpace)
            && int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= 1990 and <= 2100;
    }

    private static void MarkEmptyYears(List<BodyItem> body)
    {
        for (var i = 0; i < body.Count; i++)
        {
            if (body[i].Kind != BodyItemKind.Year) continue;
            var next = body.Skip(i + 1).FirstOrDefault(b => b.Kind != BodyItemKind.Other);
            if (next is null || next.Kind == BodyItemKind.Year) body[i] = body[i] with { EmptyYear = true };
        }
    }

    private static YearOrder OrderOf(List<BodyItem> body)
    {
        var years = body.Where(b => b.Kind == BodyItemKind.Year).Select(b => b.Year).ToList();
        if (years.Count < 2) return YearOrder.Ascending;
        if (years.Zip(years.Skip(1)).All(p => p.First < p.Second)) return YearOrder.Ascending;
        if (years.Zip(years.Skip(1)).All(p => p.First > p.Second)) return YearOrder.Descending;
        return YearOrder.AsWritten;
    }

    private static List<TocEntry> FindToc(MarkdownDocument document, List<TextLine> lines, List<TemplateSection> sections, List<string> anchors, int firstLine)
    {
        var entries = new List<TocEntry>();
        var links = document.OfType<ListBlock>()
            .Where(l => l.Line < firstLine)
            .SelectMany(l => l.Descendants<LinkInline>())
            .Where(l => !l.IsImage && l.Url is { Length: > 1 } url && url[0] == '#')
            .ToList();
        foreach (var link in links)
        {
            var anchor = link.Url![1..];
            var text = InlineText.Plain(link).Trim();
            var section = Enumerable.Range(0, sections.Count).FirstOrDefault(
                i => anchors[i] == anchor || sections[i].Name == text, -1);
            if (section < 0 || entries.Any(e => e.Section == section)) continue;
            var lineText = lines[link.Line].Text;
            var bracket = link.Column >= 0 && link.Column < lineText.Length && lineText[link.Column] == '[' ? link.Column : lineText.IndexOf('[', StringComparison.Ordinal);
            entries.Add(new TocEntry(link.Line, section, bracket < 0 ? "- " : lineText[..bracket]));
        }
        // Entries are rewritten a line at a time; a line naming two categories cannot be, so leave such a TOC alone.
        return entries.GroupBy(e => e.Line).Any(g => g.Count() > 1) ? [] : entries;
    }

    private static Func<int, int> LineIndex(List<TextLine> lines)
    {
        var starts = new int[lines.Count];
        var offset = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = offset;
            offset += lines[i].Text.Length + lines[i].Eol.Length;
        }
        return position =>
        {
            var i = Array.BinarySearch(starts, position);
            return i >= 0 ? i : Math.Max(0, ~i - 1);
        };
    }
}
