namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// The one rule for what a URL's checks add up to (docs/decisions/ADR-026):
/// <list type="bullet">
/// <item>no check, or a last check that was not sent (<see cref="CheckOutcome.Refused"/>): <see cref="LinkState.Unchecked"/>;</item>
/// <item>the last check failed: <see cref="LinkState.Broken"/> when at least <see cref="BrokenAfter"/> checks failed
/// within <see cref="Window"/>, else <see cref="LinkState.Flaky"/> ("failed once");</item>
/// <item>the last check succeeded but one failed within the window: <see cref="LinkState.Flaky"/> (it works again, but
/// not reliably yet);</item>
/// <item>otherwise <see cref="LinkState.Ok"/>, or the kind of redirect it answered through.</item>
/// </list>
/// Retries inside one check are one check.
/// </summary>
public static class LinkStateRule
{
    public const int BrokenAfter = 3;

    /// <summary>How many checks of a URL are kept: more than the rule needs, enough for a history.</summary>
    public const int KeptChecks = 20;

    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    /// <param name="newestFirst">The URL's checks, the newest (the one the state is for) first.</param>
    public static LinkState Of(IReadOnlyList<LinkCheck> newestFirst)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        if (newestFirst.Count == 0) return LinkState.Unchecked;
        var last = newestFirst[0];
        if (last.Outcome == CheckOutcome.Refused) return LinkState.Unchecked;
        var failures = FailuresInWindow(newestFirst);
        if (last.Outcome == CheckOutcome.Failed) return failures >= BrokenAfter ? LinkState.Broken : LinkState.Flaky;
        if (failures > 0) return LinkState.Flaky;
        if (last.Outcome == CheckOutcome.Ok) return LinkState.Ok;
        return RedirectHop.Parse(last.Hops) is { Count: > 0 } hops && hops.All(h => h.IsPermanent) ? LinkState.PermanentRedirect : LinkState.TemporaryRedirect;
    }

    /// <summary>Failed checks no older than <see cref="Window"/> before the newest one.</summary>
    public static int FailuresInWindow(IReadOnlyList<LinkCheck> newestFirst)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        if (newestFirst.Count == 0) return 0;
        var since = newestFirst[0].CheckedAt - Window;
        return newestFirst.Count(c => c.Outcome == CheckOutcome.Failed && c.CheckedAt >= since);
    }
}
