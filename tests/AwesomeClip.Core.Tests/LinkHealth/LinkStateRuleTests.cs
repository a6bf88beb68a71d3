using AwesomeClip.Core.LinkHealth;

namespace AwesomeClip.Core.Tests.LinkHealth;

/// <summary>Every state of link health from a URL's history of checks (the rule alone; LinkHealthServiceTests runs it on stored checks).</summary>
public sealed class LinkStateRuleTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ShouldLeaveALinkUncheckedWithoutAnyCheck() =>
        Assert.Equal(LinkState.Unchecked, LinkStateRule.Of([]));

    [Fact]
    public void ShouldCallALinkOkWhenItAnswered() =>
        Assert.Equal(LinkState.Ok, State(Ok(0)));

    [Fact]
    public void ShouldMarkALinkFlakyWhenItFailsOnce() =>
        Assert.Equal(LinkState.Flaky, State(Failed(2), Ok(1), Ok(0)));

    [Fact]
    public void ShouldKeepALinkFlakyAfterTwoFailedChecksInAWeek() =>
        Assert.Equal(LinkState.Flaky, State(Failed(6), Failed(0)));

    [Fact]
    public void ShouldMarkALinkBrokenAfterThreeFailedChecksInAWeek() =>
        Assert.Equal(LinkState.Broken, State(Failed(6.9), Failed(3), Failed(0)));

    [Fact]
    public void ShouldMarkALinkBrokenWhenThreeOfItsChecksThisWeekFailedEvenWithSuccessesBetween() =>
        Assert.Equal(LinkState.Broken, State(Failed(5), Ok(4), Failed(3), Ok(2), Failed(0)));

    [Fact]
    public void ShouldNotCountFailuresOlderThanAWeek() =>
        Assert.Equal(LinkState.Flaky, State(Failed(14), Failed(7.1), Failed(1), Failed(0)));

    [Fact]
    public void ShouldCallABrokenLinkThatAnswersAgainFlakyUntilItsFailuresAreAWeekOld()
    {
        Assert.Equal(LinkState.Flaky, State(Failed(3), Failed(2), Failed(1), Ok(0)));
        Assert.Equal(LinkState.Ok, State(Failed(10), Failed(9), Failed(8), Ok(0)));
    }

    [Fact]
    public void ShouldTellAPermanentRedirectFromATemporaryOne()
    {
        Assert.Equal(LinkState.PermanentRedirect, State(Redirected(0, 301, 308)));
        Assert.Equal(LinkState.TemporaryRedirect, State(Redirected(0, 302)));
        Assert.Equal(LinkState.TemporaryRedirect, State(Redirected(0, 301, 307)));
    }

    [Fact]
    public void ShouldCallARedirectThatFailedThisWeekFlaky() =>
        Assert.Equal(LinkState.Flaky, State(Failed(1), Redirected(0, 301)));

    [Fact]
    public void ShouldLeaveALinkThatIsNotCheckedFromHereUnchecked() =>
        Assert.Equal(LinkState.Unchecked, State(Failed(2), Failed(1), Check(0, CheckOutcome.Refused)));

    [Fact]
    public void ShouldNotCountRefusedChecksAsFailures() =>
        Assert.Equal(LinkState.Flaky, State(Check(2, CheckOutcome.Refused), Check(1, CheckOutcome.Refused), Failed(0)));

    [Fact]
    public void ShouldCountTheFailuresOfTheLastWeek() =>
        Assert.Equal(2, LinkStateRule.FailuresInWindow(Newest([Failed(9), Failed(5), Ok(1), Failed(0)])));

    /// <param name="checks">Oldest first, as they happened.</param>
    private static LinkState State(params LinkCheck[] checks) => LinkStateRule.Of(Newest(checks));

    private static List<LinkCheck> Newest(LinkCheck[] checks) => [.. checks.OrderByDescending(c => c.CheckedAt)];

    private static LinkCheck Ok(double daysAgo) => Check(daysAgo, CheckOutcome.Ok);

    private static LinkCheck Failed(double daysAgo) => Check(daysAgo, CheckOutcome.Failed);

    private static LinkCheck Redirected(double daysAgo, params int[] statuses) => new()
    {
        CheckedAt = Start - TimeSpan.FromDays(daysAgo),
        Outcome = CheckOutcome.Redirected,
        StatusCode = 200,
        Hops = RedirectHop.Serialize([.. statuses.Select((s, i) => new RedirectHop(s, $"https://example.org/{i + 1}"))]),
    };

    private static LinkCheck Check(double daysAgo, CheckOutcome outcome) => new() { CheckedAt = Start - TimeSpan.FromDays(daysAgo), Outcome = outcome };
}
