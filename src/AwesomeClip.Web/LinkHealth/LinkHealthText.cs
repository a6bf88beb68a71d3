using System.Globalization;
using AwesomeClip.Core.LinkHealth;

namespace AwesomeClip.Web.LinkHealth;

/// <summary>Link health in words, the same on the page, on the command line and in the log.</summary>
public static class LinkHealthText
{
    /// <summary>"Checked 12 of 340 links in 4.2 s: 330 ok, 2 permanent redirects, 1 broken."</summary>
    public static string Summary(LinkCheckRun run, LinkReport report)
    {
        ArgumentNullException.ThrowIfNull(run);
        var took = run.Took.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return $"checked {run.Checked} of {Links(run.Links)} in {took} s; {Counts(report)}.";
    }

    /// <summary>"330 ok, 2 permanent redirects, 1 broken" (states with none left out; "no links" for an empty catalog).</summary>
    public static string Counts(LinkReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = LinkStates.ByUrgency.Reverse()
            .Where(s => report.Count(s) > 0)
            .Select(s => Count(report.Count(s), s))
            .ToList();
        return parts.Count == 0 ? "no links" : string.Join(", ", parts);
    }

    public static string Count(int n, LinkState state) => state switch
    {
        LinkState.Ok or LinkState.Flaky or LinkState.Broken or LinkState.Unchecked => $"{n} {state.ToText()}",
        _ => $"{n} {state.ToText()}{(n == 1 ? "" : "s")}",
    };

    public static string Links(int n) => n == 1 ? "1 link" : $"{n} links";

    /// <summary>"1 failed check in the last 7 days".</summary>
    public static string Failures(int n) =>
        $"{n} failed check{(n == 1 ? "" : "s")} in the last {LinkStateRule.Window.TotalDays.ToString("0", CultureInfo.InvariantCulture)} days";

    /// <summary>What the last check answered: "HTTP 404 Not Found", "200 after 301 → https://…", the error.</summary>
    public static string LastResult(LinkReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.LastOutcome is null) return "not checked yet";
        if (row.LastError is { Length: > 0 } error) return error;
        var redirects = row.Redirects;
        if (redirects.Count == 0) return $"HTTP {row.LastStatusCode}";
        return $"HTTP {row.LastStatusCode} after {string.Join(" → ", redirects.Select(h => h.Status.ToString(CultureInfo.InvariantCulture)))} to {row.FinalUrl}";
    }

    /// <summary>"ok 200", "failed 404", "failed: no answer within 10 s", "redirected 301 → 200", "not checked".</summary>
    public static string Entry(LinkHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var status = entry.StatusCode?.ToString(CultureInfo.InvariantCulture);
        return entry.Outcome switch
        {
            CheckOutcome.Redirected => $"redirected {string.Join(" → ", entry.Hops.Select(h => h.Status.ToString(CultureInfo.InvariantCulture)))} → {status}",
            CheckOutcome.Failed when status is null => $"failed: {entry.Error}",
            CheckOutcome.Refused => "not checked",
            _ => $"{entry.Outcome.ToWireName()} {status}",
        };
    }

    /// <summary>"1 day", "6 hours", "90 minutes", "2 days 12 hours": a setting's duration in words.</summary>
    public static string Duration(TimeSpan value)
    {
        static string Unit(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
        var parts = new List<string>();
        if (value.Days > 0) parts.Add(Unit(value.Days, "day"));
        if (value.Hours > 0) parts.Add(Unit(value.Hours, "hour"));
        if (value.Minutes > 0) parts.Add(Unit(value.Minutes, "minute"));
        if (value.Seconds > 0 || parts.Count == 0) parts.Add(Unit(value.Seconds, "second"));
        return string.Join(" ", parts);
    }

    public static string Time(DateTime at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string Iso(DateTime at) => DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The editor of the paper, with the field that holds the URL focused (and scrolled to without script).</summary>
    public static string EditorUrl(LinkUsage use)
    {
        ArgumentNullException.ThrowIfNull(use);
        return $"/admin/papers/{use.PaperId}?focus={use.EditorField}#{use.EditorField}";
    }
}
