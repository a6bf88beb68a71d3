using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Checks across rows: things a maintainer should fix that no single row shows.</summary>
internal static class ListChecks
{
    public static void Run(IReadOnlyList<ParsedCategory> categories, List<ImportIssue> issues)
    {
        var papers = categories.SelectMany(c => c.Papers).ToList();

        foreach (var p in papers)
        {
            if (p.InvisibleInTitle is { } hidden)
            {
                issues.Add(new ImportIssue(p.SourceLine, ImportIssueSeverity.Warning, "invisible-character",
                    ImportMessages.TitleInvisible.With(p.Title, hidden)));
            }

            foreach (var link in p.RefusedLinks)
            {
                issues.Add(new ImportIssue(link.Line, ImportIssueSeverity.Skipped, "refused-link",
                    ImportMessages.RefusedLink.With(p.Title, Quoted(link.Label, link.Url), link.Problem)));
            }
        }

        foreach (var group in papers.Where(p => p.ArxivId is not null).GroupBy(p => p.ArxivId!))
        {
            var distinct = group.DistinctBy(p => p.Title.Trim().ToLowerInvariant()).ToList();
            if (distinct.Count < 2) continue;
            foreach (var p in distinct)
            {
                var others = Others(distinct.Where(o => o != p));
                issues.Add(new ImportIssue(p.SourceLine, ImportIssueSeverity.Warning, "duplicate-arxiv-id", ImportMessages.DuplicateArxivId.With(group.Key, p.Title, others)));
            }
        }

        foreach (var group in papers.SelectMany(p => p.Figures.Distinct().Select(f => (Figure: f, Paper: p))).GroupBy(x => x.Figure))
        {
            var rows = group.Select(x => x.Paper).ToList();
            if (rows.Count < 2) continue;
            foreach (var p in rows)
            {
                var others = Others(rows.Where(o => o != p));
                issues.Add(new ImportIssue(p.SourceLine, ImportIssueSeverity.Warning, "shared-figure", ImportMessages.SharedFigure.With(group.Key, others)));
            }
        }

        // Only where the list has a place for figures (a figure column) is a paper without one a defect.
        foreach (var p in papers.Where(p => p.Figures.Count == 0 && p.Shape?.Cells.Any(c => c.Role == ColumnRole.Figure) == true))
            issues.Add(new ImportIssue(p.SourceLine, ImportIssueSeverity.Warning, "no-figure", ImportMessages.NoFigure.With(p.Title)));

        foreach (var link in papers.SelectMany(p => p.Links.Select(l => l.Url).Prepend(p.Url).OfType<string>().Select(u => (Paper: p, Url: u))))
        {
            if (ArxivId.TryFromUrl(link.Url, out var id, out var raw) && id is null)
                issues.Add(new ImportIssue(link.Paper.SourceLine, ImportIssueSeverity.Warning, "malformed-arxiv-id", ImportMessages.MalformedArxivId.With(link.Paper.Title, raw, link.Url)));
        }

        foreach (var group in papers.GroupBy(p => p.Title.Trim().ToLowerInvariant()).Where(g => g.Count() > 1))
        {
            foreach (var p in group.Skip(1))
                issues.Add(new ImportIssue(p.SourceLine, ImportIssueSeverity.Warning, "duplicate-title", ImportMessages.DuplicateTitle.With(p.Title, group.First().SourceLine)));
        }
    }

    private static MessageList Others(IEnumerable<ParsedPaper> papers) =>
        new(papers.Select(o => ImportMessages.OtherRow.With(o.Title, o.SourceLine)), "; ");

    private static string Quoted(string label, string url)
    {
        var shown = url.Length > 120 ? url[..120] + "…" : url;
        return label.Length == 0 || label == url ? $"'{shown}'" : $"'{label}' ({shown})";
    }
}
