using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>Which rows of the report to read: one state or all, a page of them, and how many past checks each shows.</summary>
public sealed record LinkReportQuery(LinkState? State = null, int Page = 1, int PageSize = 50, int HistoryLength = 5);

/// <summary>One past check, as the report shows it.</summary>
public sealed record LinkHistoryEntry(DateTime CheckedAt, CheckOutcome Outcome, int? StatusCode, string? Error, IReadOnlyList<RedirectHop> Hops);

/// <summary>One URL of the catalog with its health and the papers that use it.</summary>
/// <param name="StatusId">The stored result's id; null while the URL was never checked.</param>
/// <param name="Stale">Checked longer ago than <see cref="LinkHealthOptions.MaxAge"/>, never, or not checkable last time: the next check takes it.</param>
/// <param name="History">The newest checks first, the last one included.</param>
public sealed record LinkReportRow(
    int? StatusId,
    string Url,
    LinkState State,
    DateTime? LastCheckedAt,
    bool Stale,
    CheckOutcome? LastOutcome,
    int? LastStatusCode,
    string? LastError,
    string? FinalUrl,
    int RecentFailures,
    IReadOnlyList<LinkHistoryEntry> History,
    IReadOnlyList<LinkUsage> Usages)
{
    /// <summary>The redirects of the last check.</summary>
    public IReadOnlyList<RedirectHop> Redirects => History.Count > 0 ? History[0].Hops : [];

    /// <summary>The URL to put in the link's place: where its permanent redirects end; null for every other state.</summary>
    public string? Replacement => State == LinkState.PermanentRedirect && LinkUrl.IsWeb(FinalUrl) ? FinalUrl : null;
}

/// <summary>A page of the report, with the counts of every state over the whole catalog.</summary>
/// <param name="Total">The rows of the asked state (all rows without one).</param>
public sealed record LinkReport(IReadOnlyDictionary<LinkState, int> Counts, int Total, int Page, int PageSize, IReadOnlyList<LinkReportRow> Rows)
{
    public int Links => Counts.Values.Sum();

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Count(LinkState state) => Counts.GetValueOrDefault(state);
}
