using AwesomeClip.Core.Catalog;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace AwesomeClip.Core.Import;

/// <summary>Turns the markdown of the list into categories and papers by walking Markdig's AST.</summary>
public static class ListParser
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Refuses (<see cref="ImportRefusedException"/>) markdown too large or too deeply nested to parse in bounded time.</summary>
    public static ParsedList Parse(string markdown, string source = "The markdown")
    {
        MarkdownLimits.Check(markdown, source);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's own depth limit, for a shape the limits above did not foresee.
            throw new ImportRefusedException($"{source} cannot be imported: {e.Message}");
        }
        var lines = SourceLines.Split(markdown);
        var issues = new List<ImportIssue>();
        var categories = new List<ParsedCategory>();
        string? currentName = null;
        var currentLine = 0;
        var currentHasTable = false;
        List<ParsedPaper>? currentPapers = null;

        void Flush()
        {
            // A heading without a paper table (an introduction, a "Contributing" section) is not a category.
            if (currentName is not null && currentPapers is not null && currentHasTable)
                categories.Add(new ParsedCategory(currentName, categories.Count, currentLine, currentPapers));
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading:
                    Flush();
                    currentName = InlineText.Plain(heading.Inline).Trim();
                    currentLine = heading.Line + 1;
                    currentPapers = [];
                    currentHasTable = false;
                    break;
                case Table table when CatalogTable.IsCatalogTable(table):
                    if (currentPapers is null)
                    {
                        issues.Add(new ImportIssue(table.Line + 1, ImportIssueSeverity.Skipped, "table-outside-category",
                            "a paper table stands before any '## Category' heading; its rows were skipped"));
                        break;
                    }
                    currentHasTable = true;
                    currentPapers.AddRange(CatalogTable.ReadRows(table, lines, issues));
                    break;
            }
        }
        Flush();

        ListChecks.Run(categories, issues);
        issues.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ParsedList(categories, issues);
    }
}
