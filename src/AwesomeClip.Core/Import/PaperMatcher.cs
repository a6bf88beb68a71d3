using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import;

/// <summary>Decides which catalog paper each row of the list is: the same title, else the same arXiv id.</summary>
internal static class PaperMatcher
{
    public static Dictionary<ParsedPaper, Paper> Match(IReadOnlyList<Paper> existing, IReadOnlyList<ParsedPaper> parsed)
    {
        var result = new Dictionary<ParsedPaper, Paper>();
        var free = existing.ToList();

        foreach (var row in parsed)
        {
            var key = TitleKey(row.Title);
            var match = free.FirstOrDefault(p => TitleKey(p.Title) == key);
            if (match is null) continue;
            result[row] = match;
            free.Remove(match);
        }

        // A retitled paper keeps its identity through its arXiv id, when that id is unambiguous on both sides.
        foreach (var row in parsed.Where(r => !result.ContainsKey(r) && r.ArxivId is not null))
        {
            if (parsed.Count(r => r.ArxivId == row.ArxivId) != 1) continue;
            var candidates = free.Where(p => p.ArxivId == row.ArxivId).ToList();
            if (candidates.Count != 1) continue;
            result[row] = candidates[0];
            free.Remove(candidates[0]);
        }
        return result;
    }

    public static string TitleKey(string title) =>
        string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
