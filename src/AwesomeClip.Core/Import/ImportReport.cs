using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Import;

public sealed record ImportReport(
    string FileName,
    int Categories,
    int Papers,
    int Links,
    int Figures,
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    IReadOnlyList<ImportIssue> Issues,
    TimeSpan Duration)
{
    /// <summary>What the import did, paper by paper (null for reports that predate change sets).</summary>
    public ChangeSet? Changes { get; init; }

    public int Skipped => Issues.Count(i => i.Severity == ImportIssueSeverity.Skipped);

    /// <summary>The sections of the list with the layout recognised in each (empty for reports that predate them).</summary>
    public IReadOnlyList<SectionReport> Sections { get; init; } = [];

    public bool ChangedAnything => Added + Updated + Removed > 0;

    public IEnumerable<string> ToLines()
    {
        yield return $"Imported {FileName}: {Papers} papers in {Categories} categories, {Links} links, {Figures} figures ({Duration.TotalMilliseconds:0} ms).";
        foreach (var line in ListReportText.Lines(Sections)) yield return line;
        yield return ChangedAnything
            ? $"Catalog: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged."
            : "Catalog: no changes (already up to date).";
        if (Changes is { IsEmpty: false })
        {
            foreach (var line in ChangeSetText.Lines(Changes)) yield return "  " + line;
        }
        if (Issues.Count > 0)
        {
            yield return $"{Issues.Count} warning(s){(Skipped > 0 ? $", {Skipped} row(s) skipped" : "")}:";
            foreach (var issue in Issues) yield return "  " + issue;
        }
    }
}
