using AwesomeClip.Core.Admin;

namespace AwesomeClip.Core.Suggestions;

/// <summary>A suggestion as the editors' queue shows it, with the papers and pending suggestions it looks like.</summary>
public sealed record SuggestionView(
    int Id,
    string Title,
    string Url,
    int? CategoryId,
    string? CategoryName,
    string? CategorySlug,
    string? Note,
    string? Contact,
    string? ArxivId,
    int? Year,
    string? GithubRepo,
    SuggestionState State,
    string? RejectReason,
    string? DecidedBy,
    DateTime? DecidedAt,
    int? AcceptedPaperId,
    DateTime ReceivedAt)
{
    public IReadOnlyList<DuplicateMatch> Duplicates { get; init; } = [];
}

/// <param name="Pending">A page of the pending suggestions, oldest first.</param>
/// <param name="Decided">The most recently accepted or rejected ones.</param>
public sealed record SuggestionList(int PendingTotal, int Page, int PageSize, IReadOnlyList<SuggestionView> Pending, IReadOnlyList<SuggestionView> Decided)
{
    public int PageCount => Math.Max(1, (PendingTotal + PageSize - 1) / PageSize);
}

/// <summary>The paper editor's form filled from a pending suggestion, or why there is none.</summary>
public sealed record SuggestionPrefill(PaperForm? Form, Messages.CoreMessage? Problem);

/// <summary>Saving the editor's form for a suggestion that someone decided meanwhile: nothing was written.</summary>
public sealed record SuggestionDecided(Messages.CoreMessage Text) : SaveResult
{
    public string Message => Text.ToString();
}

/// <summary>The result of rejecting a suggestion.</summary>
public sealed record SuggestionOutcome(bool Succeeded, Messages.CoreMessage Text, FieldError? Error = null)
{
    public string Message => Text.ToString();
}
