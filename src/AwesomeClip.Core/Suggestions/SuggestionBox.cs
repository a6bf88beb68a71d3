using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Core.Suggestions;

/// <summary>
/// What the reader is told before sending: the suggestion as it will be stored (or why not), what its URL gave, and the
/// catalog papers it looks like. Pending suggestions are not compared here: what other readers sent is not public.
/// </summary>
public sealed record SuggestionCheck(
    NormalizedSuggestion? Value,
    IReadOnlyList<FieldError> Errors,
    IReadOnlyList<Messages.CoreMessage> Notes,
    IReadOnlyList<DuplicateMatch> Duplicates,
    string? CategoryName)
{
    public bool IsValid => Value is not null && Errors.Count == 0;
}

/// <param name="SuggestionId">The stored suggestion (also when the same form was sent before); null when it was not valid.</param>
public sealed record SuggestionSent(SuggestionCheck Check, int? SuggestionId);

/// <summary>The public side of suggestions: check a reader's suggestion, then store it as pending.</summary>
public sealed class SuggestionBox(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock, ILogger<SuggestionBox> logger)
{
    public async Task<SuggestionCheck> CheckAsync(SuggestionInput input, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
            return (await CheckAsync(db, input, ct).ConfigureAwait(false)).Check;
    }

    /// <summary>
    /// Checks again and stores the suggestion as pending. The same <paramref name="submissionToken"/> sent twice with
    /// the same title and URL (a double click, a reload of the answer) stores it once.
    /// </summary>
    public async Task<SuggestionSent> SendAsync(SuggestionInput input, Guid submissionToken, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var (check, categoryId) = await CheckAsync(db, input, ct).ConfigureAwait(false);
            if (!check.IsValid) return new SuggestionSent(check, null);
            var value = check.Value!;
            if (await db.Suggestions.AsNoTracking().Where(s => s.SubmissionToken == submissionToken)
                    .Select(s => new { s.Id, s.Title, s.Url }).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } earlier)
            {
                if (earlier.Title == value.Title && earlier.Url == value.Link.Url) return new SuggestionSent(check, earlier.Id);
                // An old form used again (the browser's Back button keeps its token) for another paper: a new suggestion.
                submissionToken = Guid.NewGuid();
            }
            var suggestion = new Suggestion
            {
                Title = value.Title,
                Url = value.Link.Url,
                CategoryId = categoryId,
                Note = value.Note,
                Contact = value.Contact,
                ArxivId = value.Link.ArxivId,
                Year = value.Link.Year,
                GithubRepo = value.Link.GithubRepo,
                ReceivedAt = clock.GetUtcNow().UtcDateTime,
                SubmissionToken = submissionToken,
            };
            db.Suggestions.Add(suggestion);
            try
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
            catch (DbUpdateException)
            {
                // The same form arrived twice at once: the token is unique, the first one is kept.
                if (await SentElsewhereAsync(submissionToken, ct).ConfigureAwait(false) is { } twin) return new SuggestionSent(check, twin);
                throw;
            }
            logger.LogInformation("Received suggestion {SuggestionId} for category {CategoryId} ({Duplicates} possible duplicates in the catalog)",
                suggestion.Id, categoryId, check.Duplicates.Count);
            return new SuggestionSent(check, suggestion.Id);
        }
    }

    private static async Task<(SuggestionCheck Check, int? CategoryId)> CheckAsync(CatalogDbContext db, SuggestionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reading = SuggestionRules.Read(input);
        var errors = reading.Errors.ToList();
        var slug = input.Category?.Trim();
        var category = string.IsNullOrEmpty(slug) ? null
            : await db.Categories.AsNoTracking().Where(c => c.Slug == slug).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (category is null && !string.IsNullOrEmpty(slug))
            errors.Add(new FieldError(nameof(SuggestionInput.Category), SuggestionMessages.CategoryUnknown));
        if (errors.Count > 0) return (new SuggestionCheck(null, errors, reading.Notes, [], category?.Name), category?.Id);

        var value = reading.Value!;
        var papers = await SuggestionDuplicates.PapersAsync(db, ct).ConfigureAwait(false);
        var duplicates = SuggestionDuplicates.Find(value.Title, value.Link.ArxivId, value.Link.GithubRepo, papers);
        return (new SuggestionCheck(value, [], reading.Notes, duplicates, category!.Name), category.Id);
    }

    private async Task<int?> SentElsewhereAsync(Guid token, CancellationToken ct)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
            return await SentWithAsync(db, token, ct).ConfigureAwait(false);
    }

    private static async Task<int?> SentWithAsync(CatalogDbContext db, Guid token, CancellationToken ct) =>
        await db.Suggestions.AsNoTracking().Where(s => s.SubmissionToken == token).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false);
}
