using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import;

/// <summary>Copies a parsed row onto a catalog paper.</summary>
internal static class PaperUpdate
{
    public static Paper Create(ParsedPaper row, Category category, int position, DateTime now)
    {
        var paper = new Paper { Title = row.Title, Category = category, CreatedAt = now, UpdatedAt = now, Version = 1 };
        CopyFields(paper, row);
        CopyPlacement(paper, row, category, position);
        return paper;
    }

    /// <summary>Returns true when anything a reader can see changed (not only the row's position or line).</summary>
    public static bool Apply(Paper paper, ParsedPaper row, Category category, int position, DateTime now)
    {
        var changed = !SameFields(paper, row) || paper.Year != row.Year || paper.Category != category;
        if (changed)
        {
            CopyFields(paper, row);
            paper.UpdatedAt = now;
            paper.Version++;
        }
        CopyPlacement(paper, row, category, position);
        return changed;
    }

    private static void CopyPlacement(Paper paper, ParsedPaper row, Category category, int position)
    {
        paper.Category = category;
        paper.Year = row.Year;
        paper.Position = position;
        paper.SourceLine = row.SourceLine;
        paper.SourceMarkdown = row.SourceMarkdown;
        paper.SourceFingerprint = Fingerprint(row);
    }

    private static void CopyFields(Paper paper, ParsedPaper row)
    {
        paper.Title = row.Title;
        paper.Abstract = row.Abstract;
        paper.Commentary = row.Commentary;
        paper.GithubRepo = row.GithubRepo;
        paper.ArxivId = row.ArxivId;
        paper.Links.Clear();
        paper.Links.AddRange(row.Links.Select((l, i) => new PaperLink { Position = i, Kind = l.Kind, Label = l.Label, Url = l.Url }));
        paper.Figures.Clear();
        paper.Figures.AddRange(row.Figures.Select((f, i) => new PaperFigure { Position = i, Path = f }));
    }

    private static bool SameFields(Paper paper, ParsedPaper row) =>
        paper.ArxivId == row.ArxivId && PaperFingerprint.Of(paper) == Fingerprint(row);

    public static string Fingerprint(ParsedPaper row) => PaperFingerprint.Compute(
        row.Title, row.Abstract, row.Commentary, row.GithubRepo, row.Links.Select(l => (l.Kind, l.Label, l.Url)), row.Figures);
}
