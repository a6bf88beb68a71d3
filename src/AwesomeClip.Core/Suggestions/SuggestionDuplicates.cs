using AwesomeClip.Core.Import.Merge;
using AwesomeClip.Core.Messages;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Suggestions;

public enum DuplicateReason
{
    SameArxivId,
    SameRepository,
    NearIdenticalTitle,
}

/// <summary>A paper of the catalog, or another pending suggestion, that looks like the same paper.</summary>
/// <param name="IsSuggestion">False: <see cref="Id"/> is a paper's; true: another suggestion's.</param>
public sealed record DuplicateMatch(int Id, string Title, bool IsSuggestion, IReadOnlyList<DuplicateReason> Reasons)
{
    /// <summary>Why it looks like the same paper ("same arXiv id, nearly the same title").</summary>
    public MessageList Why => new(Reasons.Select(r => r switch
    {
        DuplicateReason.SameArxivId => SuggestionMessages.SameArxivId,
        DuplicateReason.SameRepository => SuggestionMessages.SameRepository,
        _ => (CoreMessage)SuggestionMessages.NearlySameTitle,
    }), ", ");

    public string Explanation => Why.ToString();
}

/// <summary>What a paper or suggestion is compared by.</summary>
internal sealed record DuplicateKey(int Id, string Title, string? ArxivId, string? GithubRepo, bool IsSuggestion);

/// <summary>
/// "The same paper" for a suggestion, by the catalog's own rules: the same arXiv id, the same GitHub repository, or a
/// near-identical title (<see cref="TextSimilarity.Title"/>, the importer's measure, at <see cref="TextSimilarity.NearIdenticalTitle"/>).
/// </summary>
internal static class SuggestionDuplicates
{
    /// <summary>The live papers (not the trash: readers are shown these).</summary>
    public static async Task<List<DuplicateKey>> PapersAsync(CatalogDbContext db, CancellationToken ct) =>
        await db.Papers.AsNoTracking().Select(p => new DuplicateKey(p.Id, p.Title, p.ArxivId, p.GithubRepo, false)).ToListAsync(ct).ConfigureAwait(false);

    /// <summary>The suggestions waiting for an editor.</summary>
    public static async Task<List<DuplicateKey>> PendingAsync(CatalogDbContext db, CancellationToken ct) =>
        await db.Suggestions.AsNoTracking().Where(s => s.State == SuggestionState.Pending)
            .Select(s => new DuplicateKey(s.Id, s.Title, s.ArxivId, s.GithubRepo, true)).ToListAsync(ct).ConfigureAwait(false);

    public static IReadOnlyList<DuplicateMatch> Find(string title, string? arxivId, string? githubRepo, IEnumerable<DuplicateKey> candidates) =>
        candidates
            .Select(c => (Candidate: c, Reasons: Reasons(title, arxivId, githubRepo, c)))
            .Where(x => x.Reasons.Count > 0)
            .OrderBy(x => x.Candidate.IsSuggestion)
            .ThenByDescending(x => x.Reasons.Count)
            .ThenBy(x => x.Candidate.Id)
            .Select(x => new DuplicateMatch(x.Candidate.Id, x.Candidate.Title, x.Candidate.IsSuggestion, x.Reasons))
            .ToList();

    private static List<DuplicateReason> Reasons(string title, string? arxivId, string? githubRepo, DuplicateKey c)
    {
        var reasons = new List<DuplicateReason>();
        if (arxivId is not null && string.Equals(arxivId, c.ArxivId, StringComparison.Ordinal)) reasons.Add(DuplicateReason.SameArxivId);
        if (githubRepo is not null && string.Equals(githubRepo, c.GithubRepo, StringComparison.OrdinalIgnoreCase)) reasons.Add(DuplicateReason.SameRepository);
        if (TextSimilarity.Title(title, c.Title) >= TextSimilarity.NearIdenticalTitle) reasons.Add(DuplicateReason.NearIdenticalTitle);
        return reasons;
    }
}
