namespace AwesomeClip.Core.Suggestions;

public enum SuggestionState
{
    Pending,
    Accepted,
    Rejected,
}

/// <summary>
/// A paper a reader suggested on <c>/suggest</c>. Never shown on public pages, in search, the API, feeds, BibTeX or the
/// export: an editor who accepts it creates an ordinary paper through the paper editor (<see cref="AcceptedPaperId"/>).
/// Nothing about the client is stored (ADR-025): the rate limit lives in memory.
/// </summary>
public sealed class Suggestion
{
    public int Id { get; set; }

    /// <summary>One line of plain text, as the reader wrote it (invisible and control characters removed).</summary>
    public required string Title { get; set; }

    /// <summary>An absolute http(s) address (<see cref="Catalog.LinkUrl"/>); an arXiv id typed instead is stored as its abs/ page.</summary>
    public required string Url { get; set; }

    /// <summary>The category the reader chose; null once that category is deleted.</summary>
    public int? CategoryId { get; set; }

    /// <summary>Plain text with \n line breaks, or null.</summary>
    public string? Note { get; set; }

    /// <summary>How to reach the reader, if they gave it (shown to editors only).</summary>
    public string? Contact { get; set; }

    /// <summary>Derived from <see cref="Url"/> (new-style ids only).</summary>
    public string? ArxivId { get; set; }

    /// <summary>Derived from <see cref="ArxivId"/>.</summary>
    public int? Year { get; set; }

    /// <summary>owner/name when <see cref="Url"/> is a GitHub repository.</summary>
    public string? GithubRepo { get; set; }

    public SuggestionState State { get; set; } = SuggestionState.Pending;

    public string? RejectReason { get; set; }

    /// <summary>The editor who accepted or rejected it.</summary>
    public string? DecidedBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? DecidedAt { get; set; }

    /// <summary>The paper the editor created on accepting; null when it is pending, rejected, or the paper was deleted for good.</summary>
    public int? AcceptedPaperId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>Idempotency token of the reader's form: sending the same form twice stores one suggestion.</summary>
    public Guid SubmissionToken { get; set; }
}
