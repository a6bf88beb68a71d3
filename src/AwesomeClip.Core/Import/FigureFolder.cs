using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Import;

/// <summary>Figures are referenced relative to the list (./images/X.png); this checks they are there.</summary>
internal static class FigureFolder
{
    public static string? Beside(string listPath) => Path.GetDirectoryName(Path.GetFullPath(listPath));

    public static IEnumerable<ImportIssue> MissingFigures(ParsedList list, string? folder)
    {
        if (folder is null) yield break;
        foreach (var paper in list.Papers)
        {
            foreach (var figure in paper.Figures)
            {
                if (!FigurePath.TryResolve(folder, figure, out var full))
                    yield return new ImportIssue(paper.SourceLine, ImportIssueSeverity.Warning, "figure-outside-list", ImportMessages.FigureOutside.With(figure, paper.Title));
                else if (!File.Exists(full))
                    yield return new ImportIssue(paper.SourceLine, ImportIssueSeverity.Warning, "figure-missing", ImportMessages.FigureMissing.With(figure, paper.Title));
            }
        }
    }
}
