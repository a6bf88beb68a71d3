using AwesomeClip.Core.Import.Parsing;
namespace AwesomeClip.Core.Import;

/// <summary>
/// What importing a file would do, computed against the catalog as it was at <see cref="CatalogToken"/>. Pass it to
/// <see cref="CatalogImporter.ApplyAsync"/> with a choice for each conflict; a preview of a catalog that has changed
/// since is refused.
/// </summary>
public sealed class ImportPreview
{
    internal ImportPreview(string fileName, string sha256, string catalogToken, ChangeSet changes, IReadOnlyList<ImportIssue> issues, ParsedList list, string markdown)
    {
        FileName = fileName;
        Sha256 = sha256;
        CatalogToken = catalogToken;
        Changes = changes;
        Issues = issues;
        List = list;
        Markdown = markdown;
        var papers = list.Papers.ToList();
        Categories = list.Categories.Count;
        Papers = papers.Count;
        Links = papers.Sum(p => p.Links.Count);
        Figures = papers.Sum(p => p.Figures.Count);
    }

    public string FileName { get; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; }

    /// <summary>Identifies the state of the catalog the change set was computed against.</summary>
    public string CatalogToken { get; }

    public ChangeSet Changes { get; }

    public IReadOnlyList<ImportIssue> Issues { get; }

    public int Categories { get; }

    public int Papers { get; }

    public int Links { get; }

    public int Figures { get; }

    internal ParsedList List { get; }

    internal string Markdown { get; }

    /// <summary>The layout file the list was read with, stored with the import.</summary>
    internal string? LayoutJson { get; init; }

    /// <summary>The folder of the imported file (null for an upload), recorded with the import.</summary>
    internal string? Folder { get; init; }

    /// <summary>The sections of the list with the layout recognised in each.</summary>
    public IReadOnlyList<SectionReport> Sections => List.Sections;

    public bool HasConflicts => Changes.HasConflicts;

    public IEnumerable<string> ToLines()
    {
        yield return $"{FileName}: {Papers} papers in {Categories} categories, {Links} links, {Figures} figures.";
        foreach (var line in ListReportText.Lines(List)) yield return line;
        yield return ChangeSetText.Summary(Changes).ToString();
        foreach (var line in ChangeSetText.Lines(Changes)) yield return "  " + line;
        if (HasConflicts) yield return "Conflicts must be resolved (keep mine / take theirs) before applying.";
        if (Issues.Count > 0)
        {
            yield return $"{Issues.Count} warning(s):";
            foreach (var issue in Issues) yield return "  " + issue;
        }
    }
}
