using System.Text.Json;
using System.Text.Json.Serialization;
using AwesomeClip.Core.LinkHealth;

namespace AwesomeClip.Web.LinkHealth;

/// <summary>
/// The shape of <c>links check --json</c> (docs/link-health.md): stable names in camelCase, states and outcomes by
/// their wire names, times in UTC ISO 8601, nulls written.
/// </summary>
public static class LinkHealthJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Write(LinkCheckRun run, LinkReport report)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(report);
        var document = new Document(
            new Run(Utc(run.StartedAt), Utc(run.FinishedAt), run.Links, run.Checked, run.Busy),
            LinkStates.ByUrgency.ToDictionary(s => s.ToWireName(), report.Count),
            [.. report.Rows.Select(LinkOf)]);
        return JsonSerializer.Serialize(document, Options);
    }

    private static Link LinkOf(LinkReportRow row) => new(
        row.Url,
        row.State.ToWireName(),
        row.LastStatusCode,
        row.LastError,
        row.FinalUrl,
        row.Replacement,
        [.. row.Redirects.Select(h => new Hop(h.Status, h.Url))],
        row.LastCheckedAt is { } at ? Utc(at) : null,
        row.Stale,
        row.RecentFailures,
        [.. row.History.Select(h => new Check(Utc(h.CheckedAt), h.Outcome.ToWireName(), h.StatusCode, h.Error))],
        [.. row.Usages.Select(u => new PaperUse(u.PaperId, u.PaperTitle, u.Where, LinkHealthText.EditorUrl(u)))]);

    /// <summary>Stored times are UTC; SQLite gives them back without a kind, which would be written without the Z.</summary>
    private static DateTime Utc(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc);

    private sealed record Document(Run Run, Dictionary<string, int> Counts, IReadOnlyList<Link> Links);

    private sealed record Run(DateTime StartedAt, DateTime FinishedAt, int Links, int Checked, bool Busy);

    private sealed record Link(
        string Url,
        string State,
        int? Status,
        string? Error,
        string? FinalUrl,
        string? Replacement,
        IReadOnlyList<Hop> Redirects,
        [property: JsonPropertyName("lastChecked")] DateTime? LastCheckedAt,
        bool Stale,
        int RecentFailures,
        IReadOnlyList<Check> History,
        IReadOnlyList<PaperUse> Papers);

    private sealed record Hop(int Status, string Url);

    private sealed record Check(DateTime At, string Outcome, int? Status, string? Error);

    private sealed record PaperUse(int Id, string Title, string Where, string EditUrl);
}
