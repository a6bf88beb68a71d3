using System.Globalization;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Messages;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Suggestions;

/// <summary>
/// The editors' side of suggestions. Accepting goes through the paper editor: the new paper and the suggestion's
/// decision commit together, and a suggestion is decided once — by a conditional update, so two editors who accept or
/// reject the same one at the same time get one paper and a message that says who was first.
/// </summary>
public sealed class SuggestionQueue(
    IDbContextFactory<CatalogDbContext> dbFactory,
    PaperEditor editor,
    TimeProvider clock,
    ILogger<SuggestionQueue> logger)
{
    public const int DecidedShown = 20;

    public async Task<int> PendingCountAsync(CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
            return await db.Suggestions.CountAsync(s => s.State == SuggestionState.Pending, ct).ConfigureAwait(false);
    }

    /// <summary>A page of pending suggestions (oldest first) with their duplicates, and the <see cref="DecidedShown"/> latest decisions.</summary>
    public async Task<SuggestionList> ListAsync(int page = 1, int pageSize = 25, CancellationToken ct = default)
    {
        var size = Math.Clamp(pageSize, 1, 200);
        page = Math.Max(1, page);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pending = db.Suggestions.AsNoTracking().Where(s => s.State == SuggestionState.Pending);
            var total = await pending.CountAsync(ct).ConfigureAwait(false);
            var items = await pending.OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct).ConfigureAwait(false);
            var decided = await db.Suggestions.AsNoTracking().Where(s => s.State != SuggestionState.Pending)
                .OrderByDescending(s => s.DecidedAt).ThenByDescending(s => s.Id).Take(DecidedShown).ToListAsync(ct).ConfigureAwait(false);
            var categories = await CategoriesAsync(db, ct).ConfigureAwait(false);
            var candidates = items.Count == 0 ? [] : await CandidatesAsync(db, ct).ConfigureAwait(false);
            return new SuggestionList(total, page, size,
                items.Select(s => View(s, categories) with { Duplicates = Duplicates(s, candidates) }).ToList(),
                decided.Select(s => View(s, categories)).ToList());
        }
    }

    /// <summary>One suggestion, with its duplicates while it is pending; null when there is none.</summary>
    public async Task<SuggestionView?> FindAsync(int id, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var s = await db.Suggestions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            if (s is null) return null;
            var view = View(s, await CategoriesAsync(db, ct).ConfigureAwait(false));
            return s.State == SuggestionState.Pending ? view with { Duplicates = Duplicates(s, await CandidatesAsync(db, ct).ConfigureAwait(false)) } : view;
        }
    }

    /// <summary>
    /// A new paper's form filled from a pending suggestion: its title, its URL as a link (and the repository of a GitHub
    /// URL), the year its arXiv id gives (empty when unknown), the reader's note as the abstract to rewrite, and
    /// <paramref name="categoryId"/> or else the reader's category.
    /// </summary>
    public async Task<SuggestionPrefill> PrefillAsync(int id, int? categoryId = null, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var s = await db.Suggestions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
            if (s is null || s.State != SuggestionState.Pending) return new SuggestionPrefill(null, await DecidedMessageAsync(db, id, ct).ConfigureAwait(false));
            var chosen = categoryId ?? s.CategoryId;
            var live = chosen is { } c && await db.Categories.AnyAsync(x => x.Id == c, ct).ConfigureAwait(false);
            var form = editor.NewForm(live ? chosen : null);
            form.Title = s.Title;
            form.Year = s.Year;
            form.GithubRepo = s.GithubRepo;
            form.Abstract = s.Note;
            form.Links.Add(new LinkForm { Label = s.GithubRepo is null ? "Paper" : "Github", Url = s.Url });
            return new SuggestionPrefill(form, null);
        }
    }

    /// <summary>
    /// Creates the paper from the editor's form and marks the suggestion accepted, in one transaction; when the
    /// suggestion was accepted or rejected meanwhile, nothing is written (<see cref="SuggestionDecided"/>).
    /// </summary>
    public async Task<SaveResult> AcceptAsync(int id, PaperForm form, string actor, CancellationToken ct = default)
    {
        // The claim is the transaction's first write: of two editors saving at once, the second waits for the first and
        // then finds the suggestion decided, before its form is checked (its title would now be a duplicate).
        var creation = new PaperCreation(
            $"created in the app from reader's suggestion #{id}",
            Claim: async (db, token) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var claimed = await db.Suggestions.Where(s => s.Id == id && s.State == SuggestionState.Pending)
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(s => s.State, SuggestionState.Accepted)
                        .SetProperty(s => s.DecidedBy, Actor(actor))
                        .SetProperty(s => s.DecidedAt, now), token).ConfigureAwait(false);
                return claimed == 1 ? null : new SuggestionDecided(SuggestionMessages.NothingSaved.With(await DecidedMessageAsync(db, id, token).ConfigureAwait(false)));
            },
            Link: (db, paperId, token) => db.Suggestions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.AcceptedPaperId, paperId), token));
        var result = await editor.CreateAsync(form, actor, creation, ct).ConfigureAwait(false);
        if (result is PaperSaved { Changed: true } saved)
            logger.LogInformation("{Actor} accepted suggestion {SuggestionId} as paper {PaperId}", actor, id, saved.PaperId);
        return result;
    }

    /// <summary>Rejects a pending suggestion with a reason (required); a suggestion decided meanwhile stays as it is.</summary>
    public async Task<SuggestionOutcome> RejectAsync(int id, string? reason, string actor, CancellationToken ct = default)
    {
        var (text, error) = SuggestionRules.Reason(reason);
        if (error is not null) return new SuggestionOutcome(false, error.Text, error);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var rejected = await db.Suggestions.Where(s => s.Id == id && s.State == SuggestionState.Pending)
                .ExecuteUpdateAsync(u => u
                    .SetProperty(s => s.State, SuggestionState.Rejected)
                    .SetProperty(s => s.RejectReason, text)
                    .SetProperty(s => s.DecidedBy, Actor(actor))
                    .SetProperty(s => s.DecidedAt, now), ct).ConfigureAwait(false);
            if (rejected == 0) return new SuggestionOutcome(false, await DecidedMessageAsync(db, id, ct).ConfigureAwait(false));
            logger.LogInformation("{Actor} rejected suggestion {SuggestionId}", actor, id);
            return new SuggestionOutcome(true, SuggestionMessages.Rejected.With(id));
        }
    }

    /// <summary>Why suggestion <paramref name="id"/> cannot be decided: it does not exist, or who decided it and when.</summary>
    private static async Task<CoreMessage> DecidedMessageAsync(CatalogDbContext db, int id, CancellationToken ct)
    {
        var s = await db.Suggestions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct).ConfigureAwait(false);
        var at = s?.DecidedAt ?? DateTime.MinValue; // set with the state by every decision
        return s switch
        {
            null => SuggestionMessages.NoSuchSuggestion.With(id),
            { State: SuggestionState.Accepted, AcceptedPaperId: { } paper } => SuggestionMessages.AlreadyAcceptedAsPaper.With(id, s.DecidedBy, at, paper),
            { State: SuggestionState.Accepted } => SuggestionMessages.AlreadyAccepted.With(id, s.DecidedBy, at),
            { State: SuggestionState.Rejected } => SuggestionMessages.AlreadyRejected.With(id, s.DecidedBy, at, s.RejectReason),
            _ => SuggestionMessages.StillPending.With(id),
        };
    }

    private static async Task<Dictionary<int, (string Name, string Slug)>> CategoriesAsync(CatalogDbContext db, CancellationToken ct) =>
        await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => (c.Name, c.Slug), ct).ConfigureAwait(false);

    private static async Task<List<DuplicateKey>> CandidatesAsync(CatalogDbContext db, CancellationToken ct) =>
        [.. await SuggestionDuplicates.PapersAsync(db, ct).ConfigureAwait(false), .. await SuggestionDuplicates.PendingAsync(db, ct).ConfigureAwait(false)];

    private static IReadOnlyList<DuplicateMatch> Duplicates(Suggestion s, IEnumerable<DuplicateKey> candidates) =>
        SuggestionDuplicates.Find(s.Title, s.ArxivId, s.GithubRepo, candidates.Where(c => !(c.IsSuggestion && c.Id == s.Id)));

    private static SuggestionView View(Suggestion s, Dictionary<int, (string Name, string Slug)> categories)
    {
        var category = s.CategoryId is { } c && categories.TryGetValue(c, out var found) ? found : default((string Name, string Slug)?);
        return new SuggestionView(s.Id, s.Title, s.Url, s.CategoryId, category?.Name, category?.Slug, s.Note, s.Contact, s.ArxivId, s.Year,
            s.GithubRepo, s.State, s.RejectReason, s.DecidedBy, Utc(s.DecidedAt), s.AcceptedPaperId, Utc(s.ReceivedAt)!.Value);
    }

    private static DateTime? Utc(DateTime? at) => at is { } value ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : null;

    private static string Actor(string actor) => string.IsNullOrWhiteSpace(actor) ? "unknown" : actor.Trim();
}
