using System.Globalization;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>What a pipe table holds: its column mapping, its entries, its year rows (line → year).</summary>
internal sealed record TableResult(
    IReadOnlyList<(string Header, ColumnRole Role)> Columns,
    int Rows,
    IReadOnlyList<EntryCandidate> Entries,
    IReadOnlyDictionary<int, int> YearRows,
    int FirstBodyLine,
    int LastLine,
    CoreMessage? WhyNot)
{
    public bool IsCatalog => WhyNot is null;

    public string Mapping => string.Join(", ", Columns.Select(c => $"{c.Header} → {c.Role.Name()}"));
}

/// <summary>
/// Reads a pipe table of any columns: each column's role comes from its header (<see cref="TableColumns"/>), corrected
/// by what its cells hold (a column of images is the figure, whatever its header says); a row with one year and nothing
/// else sets the year of the rows below it. The <c>Title | Abstract | Intro | Useful Links</c> layout is one case of this.
/// </summary>
internal static partial class TableReader
{
    private const string NoteMarker = "🧟‍♂️";

    [GeneratedRegex(@"(?:\s|<br\s*/?>)*" + NoteMarker + @"\s*[:：]?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteGlue();

    public static TableResult Read(Table table, SourceText source, IReadOnlyDictionary<string, ColumnRole> overrides, List<ImportIssue> issues)
    {
        var rows = table.OfType<TableRow>().ToList();
        var empty = new TableResult([], 0, [], new Dictionary<int, int>(), 0, table.Line, ImportMessages.NoHeaderRow);
        if (rows.Count == 0 || !rows[0].IsHeader) return empty;
        // Markdig pads the header to the widest row; the columns are the ones the header writes.
        var written = Math.Max(1, RawCells.Count(source.Line(rows[0].Line)));
        var headers = rows[0].OfType<TableCell>().Select((c, i) => i < written ? InlineText.Plain(TableCellContent.From(c).Inline).Trim() : $"column {i + 1}").ToList();
        var body = rows.Skip(1).Where(r => !r.IsHeader).ToList();
        var roles = headers.Select((h, i) => i >= written ? ColumnRole.Other : Override(overrides, h) ?? TableColumns.RoleOf(h)).ToList();
        Refine(roles, headers, body, overrides);
        var columns = headers.Zip(roles).ToList();
        var firstBody = rows[0].Line + 2;
        var last = rows.Count > 0 ? rows[^1].Line : table.Line;
        if (!roles.Contains(ColumnRole.Title))
            return new TableResult(columns, body.Count, [], new Dictionary<int, int>(), firstBody, last, ImportMessages.NoTitleColumn.With(string.Join(", ", headers)));

        var years = new Dictionary<int, int>();
        var entries = new List<EntryCandidate>();
        var shortRows = new List<(int Line, int Cells, string Title)>();
        var titleColumn = roles.IndexOf(ColumnRole.Title);
        var boldTitles = body.Count(r => CellAt(r, titleColumn)?.Descendants<EmphasisInline>().Any(e => e.DelimiterCount >= 2) == true);
        var rowsWithTitles = body.Count(r => YearRow(r) is null && CellAt(r, titleColumn) is { } c && !IsEmpty(c));
        var hasYearRows = body.Any(r => YearRow(r) is not null);
        var tableHasYears = hasYearRows || roles.Contains(ColumnRole.Year) || roles.Contains(ColumnRole.Date);
        int? year = null;
        foreach (var row in body)
        {
            var line = row.Line;
            if (YearRow(row) is { } y)
            {
                if (!PaperDates.IsYear(y))
                    issues.Add(new ImportIssue(line + 1, ImportIssueSeverity.Warning, "year-out-of-range", ImportMessages.YearRowOutOfRange.With(y, PaperDates.FirstYear, PaperDates.LastYear)));
                year = PaperDates.IsYear(y) ? y : null;
                years[line] = y;
                continue;
            }
            var cells = row.OfType<TableCell>().Select(TableCellContent.From).ToList();
            if (cells.All(c => c.Inline is null || InlineText.Plain(c.Inline).Trim().Length == 0 && !c.Descendants<Inline>().Any(i => i is LinkInline or HtmlInline))) continue;
            var draft = ReadRow(row, cells, columns, source);
            // A table with no year or date column gives years in year rows (or not at all): the export writes them there.
            draft.YearFromRowsOnly = hasYearRows || !roles.Contains(ColumnRole.Year) && !roles.Contains(ColumnRole.Date);
            if (year is { } fromRow) draft.OfferYear(fromRow, YearSource.YearRow);
            var candidate = new EntryCandidate(draft, line, line, EntryLayout.TableRow)
            {
                WhyNot = string.IsNullOrWhiteSpace(EntryEvidence.VisibleTitle(draft)) ? ImportMessages.RowNoTitleInColumn.With(headers[titleColumn])
                    : draft.OutboundLinks == 0 && !draft.HasMeta && draft.Abstract.Length == 0 && draft.Figures.Count == 0 && draft.Commentary is null ? ImportMessages.RowEmpty.With()
                    : null,
            };
            entries.Add(candidate);
            if (!candidate.IsEntry)
            {
                issues.Add(new ImportIssue(line + 1, ImportIssueSeverity.Skipped, "no-title", candidate.WhyNot ?? ImportMessages.RowNoTitle));
                continue;
            }
            Warn(draft, line, source, written, boldTitles * 2 >= rowsWithTitles, tableHasYears || year is not null, issues, shortRows);
        }
        WarnShortRows(shortRows, written, issues);
        return new TableResult(columns, body.Count - years.Count, entries.Where(e => e.IsEntry).ToList(), years, firstBody, last, null);
    }

    private static ColumnRole? Override(IReadOnlyDictionary<string, ColumnRole> overrides, string header) =>
        overrides.TryGetValue(header, out var role) || overrides.TryGetValue(TableColumns.Normalize(header), out role) ? role : null;

    /// <summary>Corrects header roles by content, and finds a title column when no header names one.</summary>
    private static void Refine(List<ColumnRole> roles, List<string> headers, List<TableRow> body, IReadOnlyDictionary<string, ColumnRole> overrides)
    {
        for (var i = 0; i < roles.Count; i++)
        {
            if (Override(overrides, headers[i]) is not null) continue;
            var cells = body.Select(r => CellAt(r, i)).Where(c => c is { Inline: not null } && !IsEmpty(c.Value)).Select(c => c!.Value).ToList();
            if (cells.Count == 0) continue;
            var images = cells.Count(c => c.Descendants<Inline>().Any(IsImage) && InlineText.Plain(c.Inline).Trim().Length == 0);
            if (images * 2 >= cells.Count && roles[i] is ColumnRole.Abstract or ColumnRole.Note or ColumnRole.Other or ColumnRole.Links) roles[i] = ColumnRole.Figure;
            else if (roles[i] == ColumnRole.Figure && images == 0) roles[i] = ColumnRole.Abstract;
        }
        if (roles.Contains(ColumnRole.Title)) return;
        var paper = roles.IndexOf(ColumnRole.Paper);
        if (paper >= 0)
        {
            roles[paper] = ColumnRole.Title;
            return;
        }
        // No header says "title": the column whose cells are mostly links with a few words of text.
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is not (ColumnRole.Other or ColumnRole.Links)) continue;
            var titled = body.Count(r => CellAt(r, i) is { } c && c.Descendants<LinkInline>().Any(l => !l.IsImage && InlineText.Plain(l).Trim().Split(' ').Length >= 3));
            if (body.Count > 0 && titled * 2 > body.Count)
            {
                roles[i] = ColumnRole.Title;
                return;
            }
        }
    }

    private static EntryDraft ReadRow(TableRow row, List<TableCellContent> cells, List<(string Header, ColumnRole Role)> columns, SourceText source)
    {
        var draft = new EntryDraft();
        var line = row.Line;
        var text = source.Line(line);
        var lineStart = source.LineStart(line);
        var spans = RawCells.Spans(text);
        for (var i = 0; i < spans.Count; i++)
        {
            var (header, role) = i < columns.Count ? columns[i] : ($"column {i + 1}", ColumnRole.Other);
            draft.Cells.Add(new ShapeCell(lineStart + spans[i].Start, lineStart + spans[i].End, role, header));
        }
        for (var i = 0; i < cells.Count && i < columns.Count; i++)
        {
            var cell = cells[i];
            if (cell.Inline is null) continue;
            var (header, role) = columns[i];
            var from = draft.Parts.Count;
            ReadCell(draft, cell.Inline, role, header, source, i < spans.Count ? (lineStart + spans[i].Start, lineStart + spans[i].End) : (cell.Inline.Span.Start, cell.Inline.Span.End + 1));
            for (var p = from; p < draft.Parts.Count; p++) draft.Parts[p] = draft.Parts[p] with { Cell = i };
        }
        return draft;
    }

    private static void ReadCell(EntryDraft draft, ContainerInline inline, ColumnRole role, string header, SourceText source, (int Start, int End) cell)
    {
        var inlines = inline.ToList();
        var (start, end) = Content(source.Text, cell.Start, cell.End);
        var plain = InlineText.Plain(inline).Trim();
        switch (role)
        {
            case ColumnRole.Title:
                InlineEntryReader.Read(inlines, source, draft);
                break;
            case ColumnRole.Abstract or ColumnRole.Note:
                ReadText(draft, inline, role == ColumnRole.Note, source, start, end);
                break;
            case ColumnRole.Figure:
                InlineEntryReader.Read(inlines, source, draft, readTitle: false, readMeta: false);
                break;
            case ColumnRole.Code:
                // A code column's links are code; its label or host may say GitHub.
                InlineEntryReader.Read(inlines, source, draft, l => l with { Kind = l.Kind is LinkKind.Github or LinkKind.Code ? l.Kind : LinkClassifier.ClassifyByHost(l.Url) == LinkKind.Github ? LinkKind.Github : LinkKind.Code }, readTitle: false, readMeta: false);
                break;
            case ColumnRole.Paper:
                InlineEntryReader.Read(inlines, source, draft, l => l.Kind == LinkKind.Paper ? l : l with { Kind = LinkKind.Paper }, readTitle: false, readMeta: false);
                break;
            case ColumnRole.Project:
                InlineEntryReader.Read(inlines, source, draft, l => l with { Kind = LinkKind.Project }, readTitle: false, readMeta: false);
                break;
            case ColumnRole.Links or ColumnRole.Stars:
                InlineEntryReader.Read(inlines, source, draft, readTitle: false, readMeta: false);
                break;
            case ColumnRole.Authors when plain.Length > 0 && draft.Authors is null:
                draft.Authors = plain;
                draft.Parts.Add(new ShapePart(PartKind.Authors, start, end, start, end));
                break;
            case ColumnRole.Venue when plain.Length > 0 && draft.Venue is null:
                ReadVenue(draft, source.Text, start, end);
                break;
            case ColumnRole.Year when plain.Length > 0:
                var digits = Regex.Match(source.Text[start..end], @"(?:19|20)\d{2}");
                if (digits.Success && draft.OfferYear(int.Parse(digits.Value, CultureInfo.InvariantCulture), YearSource.YearColumn))
                    draft.Parts.Add(new ShapePart(PartKind.Year, start + digits.Index, start + digits.Index + 4, start + digits.Index, start + digits.Index + 4));
                break;
            case ColumnRole.Date when plain.Length > 0:
                if (DateText.Find(source.Text[start..end]) is { } date && draft.OfferYear(date.Year, YearSource.Date, date.Month, date.Day))
                    draft.Parts.Add(new ShapePart(PartKind.Date, start + date.Start, start + date.Start + date.Length, start + date.Start, start + date.Start + date.Length));
                break;
            case ColumnRole.Other:
                InlineEntryReader.Read(inlines, source, draft, readTitle: false, readMeta: false);
                if (plain.Length > 0)
                {
                    draft.Extras.Add(new ExtraField(header, plain));
                    draft.Parts.Add(new ShapePart(PartKind.Extra, start, end, start, end, Index: draft.Extras.Count - 1));
                }
                break;
        }
    }

    /// <summary>An abstract (or note) cell: &lt;br&gt; as line breaks, inline links kept, the curator's 🧟‍♂️ note split off.</summary>
    private static void ReadText(EntryDraft draft, ContainerInline inline, bool isNote, SourceText source, int start, int end)
    {
        var text = InlineText.Abstract(inline);
        var at = text.IndexOf(NoteMarker, StringComparison.Ordinal);
        var (before, note) = at < 0 ? (text, null) : (text[..at], text[(at + NoteMarker.Length)..].TrimStart(':', '：', ' ', '\n'));
        var raw = source.Text[start..end];
        var glue = NoteGlue().Match(raw);
        if (isNote)
        {
            if (draft.Commentary is not null) return;
            draft.Commentary = Tidy(at < 0 ? text : note ?? "") is { Length: > 0 } n ? n : null;
            if (draft.Commentary is not null) draft.Parts.Add(new ShapePart(PartKind.Commentary, start, end, start, end));
            return;
        }
        if (draft.Abstract.Length > 0) return;
        draft.Abstract = Tidy(before);
        draft.Commentary ??= note is null || Tidy(note).Length == 0 ? null : Tidy(note);
        var abstractEnd = glue.Success ? start + glue.Index : end;
        if (draft.Abstract.Length > 0 || !glue.Success) draft.Parts.Add(new ShapePart(PartKind.Abstract, start, abstractEnd, start, abstractEnd));
        if (glue.Success && draft.Commentary is not null)
            draft.Parts.Add(new ShapePart(PartKind.Commentary, start + glue.Index + glue.Length, end, start + glue.Index + glue.Length, end));
    }

    private static void ReadVenue(EntryDraft draft, string text, int start, int end)
    {
        var raw = text[start..end];
        if (VenueYear.Read(raw) is { } vy)
        {
            if (vy.HasVenue)
            {
                draft.Venue = MarkdownText.Plain(raw.Substring(vy.VenueStart, vy.VenueLength));
                draft.Parts.Add(new ShapePart(PartKind.Venue, start + vy.VenueStart, start + vy.VenueStart + vy.VenueLength, start + vy.VenueStart, start + vy.VenueStart + vy.VenueLength));
            }
            if (draft.OfferYear(vy.Year, YearSource.Venue) && vy.HasYearPart)
                draft.Parts.Add(new ShapePart(PartKind.Year, start + vy.YearStart, start + vy.YearStart + vy.YearLength, start + vy.YearStart, start + vy.YearStart + vy.YearLength));
            return;
        }
        var venue = MarkdownText.Plain(raw);
        if (venue is "-" or "—" or "N/A" or "n/a") return;
        draft.Venue = venue;
        draft.Parts.Add(new ShapePart(PartKind.Venue, start, end, start, end));
    }

    private static void Warn(EntryDraft draft, int line, SourceText source, int columns, bool titlesAreBold, bool tableHasYears, List<ImportIssue> issues, List<(int, int, string)> shortRows)
    {
        if (titlesAreBold && !draft.TitleBold)
            issues.Add(new ImportIssue(line + 1, ImportIssueSeverity.Warning, "title-not-bold", ImportMessages.TitleNotBold.With(draft.Title)));
        if (draft.Year is null)
        {
            issues.Add(new ImportIssue(line + 1, ImportIssueSeverity.Warning, "no-year",
                (tableHasYears ? ImportMessages.NoYearInTable : ImportMessages.NoYear).With(draft.Title)));
        }
        // Markdig pads every row to the widest row of the table, so count the cells as written.
        var written = RawCells.Count(source.Line(line));
        if (written > columns)
            issues.Add(new ImportIssue(line + 1, ImportIssueSeverity.Warning, "cell-count", ImportMessages.TooManyCells.With(draft.Title, written, columns)));
        else if (written < columns)
            shortRows.Add((line, written, draft.Title!));
    }

    /// <summary>Rows that stop early are fine on GitHub; many of them are one warning, not one each.</summary>
    private static void WarnShortRows(List<(int Line, int Cells, string Title)> rows, int columns, List<ImportIssue> issues)
    {
        if (rows.Count <= 2)
        {
            foreach (var (line, cells, title) in rows)
                issues.Add(new ImportIssue(line + 1, ImportIssueSeverity.Warning, "cell-count", ImportMessages.TooFewCells.With(title, cells, columns)));
            return;
        }
        var lines = string.Join(", ", rows.Take(8).Select(r => (r.Line + 1).ToString(CultureInfo.InvariantCulture))) + (rows.Count > 8 ? ", …" : "");
        issues.Add(new ImportIssue(rows[0].Line + 1, ImportIssueSeverity.Warning, "cell-count",
            ImportMessages.ShortRows.With(rows.Count, columns, lines)));
    }

    /// <summary>A row with a year and nothing else (<c>|2023|</c>, <c>| **2023** | | |</c>): the year of the rows below it.</summary>
    public static int? YearRow(TableRow row)
    {
        var texts = row.OfType<TableCell>().Select(c => InlineText.Plain(TableCellContent.From(c).Inline).Trim()).ToList();
        var filled = texts.Where(t => t.Length > 0).ToList();
        if (filled.Count != 1) return null;
        var only = filled[0];
        return only.Length == 4 && int.TryParse(only, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;
    }

    private static TableCellContent? CellAt(TableRow row, int column) =>
        column >= 0 && column < row.Count && row[column] is TableCell cell ? TableCellContent.From(cell) : null;

    private static bool IsEmpty(TableCellContent cell) =>
        InlineText.Plain(cell.Inline).Trim().Length == 0 && !cell.Descendants<Inline>().Any(i => i is LinkInline or HtmlInline);

    private static bool IsImage(Inline inline) => inline is LinkInline { IsImage: true } || inline is HtmlInline html && HtmlTag.IsImage(html.Tag);

    private static (int Start, int End) Content(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return (start, end);
    }

    /// <summary>Trims the text and each line's ends, keeping the spacing inside lines as written.</summary>
    private static string Tidy(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.Trim())).Trim();
}
