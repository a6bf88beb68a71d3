using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>
/// A paper as a row of the built-in layout's table (a catalog that was never imported is written in it): an untouched
/// paper imported from such a row is that row byte for byte; any other is written in the canonical format, checked by
/// parsing it back. Lists that were imported are written in their own layout (<see cref="Rendering.EntryWriter"/>).
/// </summary>
internal static class PaperRow
{
    public const string TableHeader = "| Title | Abstract | Intro | Useful Links |";
    public const string TableDelimiter = "|:----| :---:| :----: | :---:|";
    private const string NoteMarker = "🧟‍♂️";

    private static readonly ColumnRole[] BuiltInRoles = [ColumnRole.Title, ColumnRole.Abstract, ColumnRole.Figure, ColumnRole.Links];

    /// <summary>A table with the built-in layout's columns (<see cref="TableHeader"/>).</summary>
    public static bool IsBuiltInTable(IReadOnlyList<ShapeCell> columns) => columns.Select(c => c.Role).SequenceEqual(BuiltInRoles);

    private static bool IsUnchanged(Paper paper) =>
        paper.SourceMarkdown is not null && paper.SourceFingerprint is not null && paper.SourceFingerprint == PaperFingerprint.Of(paper)
        && paper.SourceMarkdown.StartsWith('|');

    /// <summary>The row for <paramref name="paper"/>; adds a warning when no rendering imports back to the same fields.</summary>
    public static string For(Paper paper, ICollection<Messages.CoreMessage> warnings)
    {
        if (IsUnchanged(paper)) return paper.SourceMarkdown!;
        var expected = PaperValues.Of(paper);
        string? first = null;
        foreach (var style in Enum.GetValues<RowStyle>())
        {
            var row = Render(paper, style);
            first ??= row;
            if (Reimports(row, expected)) return row;
        }
        warnings.Add(ExportMessages.NotRoundTrip.With(paper.Title, paper.Id));
        return first!;
    }

    public static string Render(Paper paper, RowStyle style = RowStyle.Minimal)
    {
        var text = style == RowStyle.Minimal ? (Func<string, string>)MarkdownEscape.Minimal : MarkdownEscape.Full;
        var prose = style == RowStyle.Minimal ? (Func<string, string>)MarkdownEscape.Minimal : MarkdownEscape.FullKeepingLinks;

        var title = paper.GithubRepo is { } repo
            ? $"[![Star](https://img.shields.io/github/stars/{repo}.svg?style=social&label=Star)](https://github.com/{repo}) <br> **{text(paper.Title)}** <br>"
            : $"**{text(paper.Title)}** <br>";

        var abstractCell = Lines(paper.Abstract, prose);
        if (paper.Commentary is not null) abstractCell += $" <br><br>{NoteMarker}:{Lines(paper.Commentary, prose)}";

        var figures = paper.Figures.OrderBy(f => f.Position).Select(f => Figure(f.Path)).ToList();
        var figureCell = figures.Count == 0 ? " " : string.Join(" <br> ", figures);

        var links = paper.Links.OrderBy(l => l.Position).Select(l => Link(l, style, text)).ToList();
        var linkCell = links.Count == 0 ? " " : $" {string.Join(" <br> ", links)} ";
        return $"| {title}| {abstractCell} |{figureCell}|{linkCell}|";
    }

    private static string Lines(string value, Func<string, string> escape) =>
        string.Join("<br>", value.Split('\n').Select(escape));

    private static string Figure(string path) =>
        path.Contains('"', StringComparison.Ordinal)
            ? $"<img src='{path}'  width=\"640px\"/>"
            : $"<img src=\"{path}\"  width=\"640px\"/>";

    private static string Link(PaperLink link, RowStyle style, Func<string, string> text) =>
        style == RowStyle.Autolinks && link.Label == link.Url
            ? $"[<{link.Url}>]"
            : $"[[{text(link.Label)}]({MarkdownEscape.Url(link.Url)})]";

    // The row stands under a year row: its year is the table's business, not the row's.
    private static bool Reimports(string row, PaperValues expected)
    {
        var document = $"## Check\n\n{TableHeader}\n{TableDelimiter}\n|2000|\n{row}\n";
        var parsed = ListParser.Parse(document).Papers.ToList();
        return parsed.Count == 1 && PaperFingerprint.Of(parsed[0].Values(null) with { Year = expected.Year }) == PaperFingerprint.Of(expected);
    }
}

internal enum RowStyle
{
    /// <summary>Text as written, only pipes escaped: what a maintainer would type.</summary>
    Minimal,

    /// <summary>Every markup character escaped.</summary>
    Escaped,

    /// <summary>Escaped, and links whose label is their URL written as autolinks.</summary>
    Autolinks,
}
