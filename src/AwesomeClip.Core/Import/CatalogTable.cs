using System.Globalization;
using AwesomeClip.Core.Catalog;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwesomeClip.Core.Import;

/// <summary>Reads the rows of one <c>Title | Abstract | Intro | Useful Links</c> table.</summary>
internal static class CatalogTable
{
    private const int ExpectedCells = 4;
    private const string NoteMarker = "🧟‍♂️";

    public static bool IsCatalogTable(Table table)
    {
        if (table.Count == 0 || table[0] is not TableRow { IsHeader: true } header) return false;
        var names = header.OfType<TableCell>().Select(c => InlineText.Plain(TableCellContent.From(c).Inline).Trim()).ToList();
        return names.Count >= 2
            && names[0].Equals("Title", StringComparison.OrdinalIgnoreCase)
            && names[1].Equals("Abstract", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<ParsedPaper> ReadRows(Table table, string[] lines, List<ImportIssue> issues)
    {
        // Rows above the first year row (early versions of the list) or under a bad one have no year.
        int? year = null;
        foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var line = row.Line + 1;
            var cells = row.OfType<TableCell>().Select(TableCellContent.From).ToList();
            if (TryReadYear(cells, out var y))
            {
                if (y is < 1990 or > 2100)
                    issues.Add(new ImportIssue(line, ImportIssueSeverity.Warning, "year-out-of-range", $"year row '{y}' is outside 1990-2100; papers below it have no year until the next year row"));
                year = y is < 1990 or > 2100 ? null : y;
                continue;
            }
            if (cells.All(c => c.Inline is null)) continue;
            var paper = ReadPaper(cells, line, year, lines, issues);
            if (paper is not null) yield return paper;
        }
    }

    private static bool TryReadYear(List<TableCellContent> cells, out int year)
    {
        year = 0;
        if (cells.Count == 0) return false;
        var first = InlineText.Plain(cells[0].Inline).Trim();
        return first.Length == 4
            && cells.Skip(1).All(c => string.IsNullOrWhiteSpace(InlineText.Plain(c.Inline)))
            && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    private static ParsedPaper? ReadPaper(List<TableCellContent> cells, int line, int? year, string[] lines, List<ImportIssue> issues)
    {
        var titleCell = cells[0];
        var title = ReadTitle(titleCell, line, issues);
        if (string.IsNullOrWhiteSpace(title))
        {
            issues.Add(new ImportIssue(line, ImportIssueSeverity.Skipped, "no-title", "the row has no title (expected **bold text** in the first cell)"));
            return null;
        }
        if (year is null)
            issues.Add(new ImportIssue(line, ImportIssueSeverity.Warning, "no-year", $"'{title}' has no valid year row (|YYYY|) above it; its year is unknown"));
        // Markdig pads every row to the widest row of the table, so count the cells as written.
        var written = RawCells.Count(line - 1 < lines.Length ? lines[line - 1] : "");
        if (written != ExpectedCells)
        {
            var what = written < ExpectedCells ? "missing cells were read as empty" : $"cells after the {ExpectedCells}th were ignored";
            issues.Add(new ImportIssue(line, ImportIssueSeverity.Warning, "cell-count", $"'{title}' has {written} cells, expected {ExpectedCells}: {what}"));
        }

        var (abstractText, commentary) = SplitNote(cells.Count > 1 ? InlineText.Abstract(cells[1].Inline) : "");
        var figures = cells.Count > 2 ? ReadFigures(cells[2]) : [];
        var links = cells.Count > 3 ? ReadLinks(cells[3]) : [];
        var repo = ReadBadgeRepo(titleCell);
        var arxiv = ReadArxiv(links, title, line, issues);
        var source = row(line, lines);
        return new ParsedPaper(title, year, abstractText, commentary, links, repo, arxiv, figures, line, source);

        static string row(int line, string[] lines) => line - 1 < lines.Length ? lines[line - 1] : "";
    }

    private static string? ReadTitle(TableCellContent cell, int line, List<ImportIssue> issues)
    {
        var bold = cell.Descendants<EmphasisInline>().FirstOrDefault(e => e.DelimiterCount >= 2);
        if (bold is not null) return InlineText.Plain(bold).Trim();

        // Not bold: fall back to the cell's text without the badge, so the row still imports.
        var text = string.Concat(cell.Inline?.Where(i => i is not LinkInline).Select(InlineText.Plain) ?? []).Trim();
        if (text.Length == 0) return null;
        issues.Add(new ImportIssue(line, ImportIssueSeverity.Warning, "title-not-bold", $"the title '{text}' is not bold"));
        return text;
    }

    private static string? ReadBadgeRepo(TableCellContent cell)
    {
        foreach (var link in cell.Descendants<LinkInline>().Where(l => !l.IsImage))
        {
            var badge = link.OfType<LinkInline>().FirstOrDefault(l => l.IsImage);
            if (badge?.Url is null) continue;
            var fromBadge = GithubRepo.FromBadgeUrl(badge.Url);
            if (fromBadge is null) continue;
            return (link.Url is null ? null : GithubRepo.FromRepositoryUrl(link.Url)) ?? fromBadge;
        }
        return null;
    }

    private static (string Abstract, string? Commentary) SplitNote(string text)
    {
        var at = text.IndexOf(NoteMarker, StringComparison.Ordinal);
        if (at < 0) return (Tidy(text), null);
        var note = text[(at + NoteMarker.Length)..].TrimStart(':', '：', ' ', '\n');
        return (Tidy(text[..at]), note.Length == 0 ? null : Tidy(note));
    }

    /// <summary>Trims the text and each line's ends, keeping the spacing inside lines as written.</summary>
    private static string Tidy(string text) =>
        string.Join('\n', text.Split('\n').Select(l => l.Trim())).Trim();

    private static List<string> ReadFigures(TableCellContent cell)
    {
        var figures = new List<string>();
        if (cell.Inline is null) return figures;
        foreach (var inline in cell.Inline.Descendants<Inline>())
        {
            var src = inline switch
            {
                HtmlInline html => HtmlTag.ImageSource(html.Tag),
                LinkInline { IsImage: true } image => image.Url,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(src)) figures.Add(src);
        }
        return figures;
    }

    private static List<ParsedLink> ReadLinks(TableCellContent cell)
    {
        var links = new List<ParsedLink>();
        foreach (var inline in cell.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline { IsImage: false, Url: { Length: > 0 } url } link:
                    var label = InlineText.Plain(link).Trim();
                    links.Add(new ParsedLink(LinkClassifier.Classify(label, url), label.Length == 0 ? url : label, url));
                    break;
                case AutolinkInline { IsEmail: false } auto:
                    links.Add(new ParsedLink(LinkClassifier.Classify("", auto.Url), auto.Url, auto.Url));
                    break;
            }
        }
        return links;
    }

    private static string? ReadArxiv(List<ParsedLink> links, string title, int line, List<ImportIssue> issues)
    {
        string? found = null;
        foreach (var link in links)
        {
            if (!ArxivId.TryFromUrl(link.Url, out var id, out var raw)) continue;
            if (id is null)
                issues.Add(new ImportIssue(line, ImportIssueSeverity.Warning, "malformed-arxiv-id", $"'{title}' links to arXiv with a malformed id '{raw}' ({link.Url})"));
            else
                found ??= id;
        }
        return found;
    }
}
