using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Import.Merge;

/// <summary>A catalog paper as the last import left it, offered to the rows of a new version.</summary>
internal sealed record MatchCandidate(Paper Paper, PaperValues Values, string CategoryName, int Position, bool InList);

/// <summary>A row of the new version: its index in the whole list, its section and its position in that section.</summary>
internal sealed record MatchRow(int Index, ParsedPaper Row, ParsedCategory Section, int Position);

/// <summary>
/// Decides which catalog paper each row of a new version is, one to one. Rows whose title is unchanged (give or take
/// case, spacing and punctuation), or is the title a maintainer gave the paper here, match first; what is left is scored on title similarity, abstract, arXiv id,
/// figures, repository, links and place, and pairs are taken best-first above <see cref="Threshold"/>.
/// The arXiv id alone never decides: the list has pasted the same link under two papers.
/// </summary>
internal static class PaperMatcher
{
    public const double Threshold = 3.5;

    public static Dictionary<int, MatchCandidate> Match(IReadOnlyList<MatchCandidate> candidates, IReadOnlyList<MatchRow> rows)
    {
        var result = new Dictionary<int, MatchCandidate>();
        var taken = new HashSet<MatchCandidate>();

        // 1. Same title, as the last import left it or as edited here since (the app's own export read back):
        // within a group of equal titles (a row pasted twice), prefer the same place.
        var byTitle = candidates
            .SelectMany(c => new[] { c.Values.Title, c.Paper.Title }.Select(TextSimilarity.Key).Distinct().Select(key => (Key: key, Candidate: c)))
            .ToLookup(x => x.Key, x => x.Candidate);
        var sameTitle = rows
            .SelectMany(r => byTitle[TextSimilarity.Key(r.Row.Title)].Select(c => (Row: r, Candidate: c, Score: SameTitleScore(c, r))))
            .ToList();
        Assign(sameTitle, result, taken);

        // 2. Everything else: score every remaining pair.
        var freeRows = rows.Where(r => !result.ContainsKey(r.Index)).ToList();
        var freeCandidates = candidates.Where(c => !taken.Contains(c)).ToList();
        var scored = new List<(MatchRow Row, MatchCandidate Candidate, double Score)>();
        foreach (var row in freeRows)
        {
            foreach (var candidate in freeCandidates)
            {
                var score = Score(candidate, row);
                if (score >= Threshold) scored.Add((row, candidate, score));
            }
        }
        Assign(scored, result, taken);
        return result;
    }

    private static void Assign(List<(MatchRow Row, MatchCandidate Candidate, double Score)> pairs, Dictionary<int, MatchCandidate> result, HashSet<MatchCandidate> taken)
    {
        foreach (var (row, candidate, _) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Row.Index).ThenBy(p => p.Candidate.Paper.Id))
        {
            if (result.ContainsKey(row.Index) || taken.Contains(candidate)) continue;
            result[row.Index] = candidate;
            taken.Add(candidate);
        }
    }

    private static double SameTitleScore(MatchCandidate c, MatchRow r)
    {
        var score = 10.0;
        if (c.InList) score += 3;
        if (c.Paper.DeletedAt is null) score += 1;
        if (c.CategoryName == r.Section.Name) score += 2;
        if (c.Values.Abstract == r.Row.Abstract) score += 1;
        return score - Math.Min(Math.Abs(c.Position - r.Position), 100) * 0.01;
    }

    internal static double Score(MatchCandidate c, MatchRow r)
    {
        var old = c.Values;
        var row = r.Row;
        var score = 0.0;
        var title = TextSimilarity.Title(old.Title, row.Title);
        if (title >= TextSimilarity.SimilarTitle) score += 4 * title;
        if (old.Abstract.Length >= 10 && row.Abstract.Length >= 10)
        {
            var text = old.Abstract == row.Abstract ? 1 : TextSimilarity.Text(old.Abstract, row.Abstract);
            if (text >= 0.9) score += 3;
            else if (text >= 0.6) score += 2;
        }
        if (old.ArxivId is not null && old.ArxivId == row.ArxivId) score += 1.5;
        if (old.Figures.Intersect(row.Figures, StringComparer.Ordinal).Any()) score += 1.5;
        if (old.GithubRepo is not null && string.Equals(old.GithubRepo, row.GithubRepo, StringComparison.OrdinalIgnoreCase)) score += 0.5;
        if (old.Links.Select(l => l.Url).Intersect(row.Links.Select(l => l.Url), StringComparer.Ordinal).Any()) score += 0.5;
        if (c.CategoryName == r.Section.Name && old.Year == row.Year) score += 0.5;
        if (!c.InList) score -= 0.25;
        return score;
    }
}
