using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.LinkHealth;

/// <summary>Runs of the checker over a catalog: which URLs, how often, what is stored, and every state as the report gives it.</summary>
public abstract class LinkHealthServiceTests(TestProvider provider) : IAsyncLifetime
{
    private LinkStub stub = null!;
    private LinkHealthHarness harness = null!;

    public async ValueTask InitializeAsync()
    {
        stub = await LinkStub.StartAsync();
        harness = await LinkHealthHarness.CreateAsync(provider: provider);
    }

    public async ValueTask DisposeAsync()
    {
        await harness.DisposeAsync();
        await stub.DisposeAsync();
    }

    [Fact]
    public async Task ShouldCheckAUrlOnceAndShowItForEveryPaperThatUsesIt()
    {
        stub.On("/shared", LinkStub.Status(200));
        var ids = await harness.AddPapersAsync(
            new PaperBuilder().WithTitle("First").WithUrl(stub.Url("/shared")),
            new PaperBuilder().WithTitle("Second").WithLink("Code", stub.Url("/shared")));

        var run = await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal((1, 1, false), (run.Links, run.Checked, run.Busy));
        Assert.Equal(1, stub.HitsOf("/shared"));
        var row = Assert.Single((await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows);
        Assert.Equal(LinkState.Ok, row.State);
        Assert.Equal([(ids[0], LinkPlace.TitleLink, "title link"), (ids[1], LinkPlace.Link, "link 1 (Code)")],
            row.Usages.Select(u => (u.PaperId, u.Place, u.Where)));
    }

    [Fact]
    public async Task ShouldCheckFiguresGivenByUrlButNotFilesOfTheListOrUploads()
    {
        stub.On("/figure.png", LinkStub.Status(200));
        await harness.AddPapersAsync(new PaperBuilder()
            .WithFigure("./images/local.png").WithFigure(stub.Url("/figure.png")).WithLink("Cite", "./citations/paper.bib"));

        await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        var row = Assert.Single((await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows);
        Assert.Equal(stub.Url("/figure.png"), row.Url);
        var use = Assert.Single(row.Usages);
        Assert.Equal((LinkPlace.Figure, "figure 2", false), (use.Place, use.Where, use.CanReplace));
    }

    [Fact]
    public async Task ShouldLeaveTrashedPapersOut()
    {
        stub.On("/kept", LinkStub.Status(200)).On("/trashed", LinkStub.Status(200));
        var ids = await harness.AddPapersAsync(
            new PaperBuilder().WithTitle("Kept").WithLink("Paper", stub.Url("/kept")),
            new PaperBuilder().WithTitle("Trashed").WithLink("Paper", stub.Url("/trashed")));
        Assert.True((await harness.Editor.MoveToTrashAsync(ids[1], "test", TestContext.Current.CancellationToken)).Succeeded);

        var run = await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal(1, run.Checked);
        Assert.Equal(0, stub.HitsOf("/trashed"));
        Assert.Equal([stub.Url("/kept")], (await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows.Select(r => r.Url));
    }

    [Fact]
    public async Task ShouldOnlyRecheckStaleLinksUnlessAskedForAll()
    {
        stub.On("/ok", LinkStub.Status(200));
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Paper", stub.Url("/ok")));
        await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        harness.Clock.Advance(harness.Options.MaxAge - TimeSpan.FromMinutes(1));
        var fresh = await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);
        Assert.Equal((1, 0), (fresh.Links, fresh.Checked));
        Assert.False(Assert.Single((await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows).Stale);

        var all = await harness.Service.CheckAsync(all: true, ct: TestContext.Current.CancellationToken);
        Assert.Equal(1, all.Checked);

        harness.Clock.Advance(harness.Options.MaxAge + TimeSpan.FromMinutes(1));
        Assert.True(Assert.Single((await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows).Stale);
        var stale = await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);
        Assert.Equal(1, stale.Checked);
        Assert.Equal(3, stub.HitsOf("/ok"));
    }

    [Fact]
    public async Task ShouldReportEveryStateWithItsCount()
    {
        stub.On("/ok", LinkStub.Status(200))
            .On("/moved", LinkStub.Redirect(301, "/ok"))
            .On("/found", LinkStub.Redirect(302, "/ok"))
            .On("/gone", LinkStub.Status(410));
        await harness.AddPapersAsync(new PaperBuilder().WithUrl(stub.Url("/ok"))
            .WithLink("Moved", stub.Url("/moved")).WithLink("Found", stub.Url("/found")).WithLink("Gone", stub.Url("/gone")));
        await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);
        await harness.AddPapersAsync(new PaperBuilder().WithTitle("Added after the check").WithLink("New", stub.Url("/new")));

        var report = await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal(new Dictionary<LinkState, int>
        {
            [LinkState.Ok] = 1, [LinkState.PermanentRedirect] = 1, [LinkState.TemporaryRedirect] = 1,
            [LinkState.Flaky] = 1, [LinkState.Broken] = 0, [LinkState.Unchecked] = 1,
        }, report.Counts);
        Assert.Equal([LinkState.Flaky, LinkState.PermanentRedirect, LinkState.TemporaryRedirect, LinkState.Unchecked, LinkState.Ok], report.Rows.Select(r => r.State));
        var moved = report.Rows.Single(r => r.State == LinkState.PermanentRedirect);
        Assert.Equal(stub.Url("/ok"), moved.Replacement);
        Assert.Equal([new RedirectHop(301, stub.Url("/ok"))], moved.Redirects);
        Assert.Null(report.Rows.Single(r => r.State == LinkState.TemporaryRedirect).Replacement);
        var never = report.Rows.Single(r => r.State == LinkState.Unchecked);
        Assert.Equal((null, true, 0), (never.LastCheckedAt, never.Stale, never.History.Count));
    }

    [Fact]
    public async Task ShouldMarkALinkBrokenAfterThreeFailedChecksInAWeekAndFlakyWhenItAnswersAgain()
    {
        stub.On("/missing", LinkStub.Sequence(LinkStub.Status(404), LinkStub.Status(404), LinkStub.Status(404), LinkStub.Status(404), LinkStub.Status(404), LinkStub.Status(404), LinkStub.Status(200)));
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Paper", stub.Url("/missing")));
        var states = new List<LinkState>();

        for (var day = 0; day < 4; day++)
        {
            await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);
            states.Add(Assert.Single((await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows).State);
            harness.Clock.Advance(TimeSpan.FromDays(2));
        }

        // Each check is HEAD 404, then GET 404 (a HEAD 404 may be a server that does not do HEAD): two answers of the stub.
        Assert.Equal([LinkState.Flaky, LinkState.Flaky, LinkState.Broken, LinkState.Flaky], states);
        var row = Assert.Single((await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows);
        Assert.Equal((CheckOutcome.Ok, 200, 3), (row.LastOutcome, row.LastStatusCode, row.RecentFailures));
        Assert.Equal([CheckOutcome.Ok, CheckOutcome.Failed, CheckOutcome.Failed, CheckOutcome.Failed], row.History.Select(h => h.Outcome));
        Assert.Equal("HTTP 404 Not Found", row.History[1].Error);
    }

    [Fact]
    public async Task ShouldReportALinkItMayNotCheckAsUncheckedWithTheReason()
    {
        await using var guarded = await LinkHealthHarness.CreateAsync(o => o with { AllowPrivateAddresses = false }, database: harness.Database);
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Intranet", stub.Url("/ok")));

        await guarded.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        var row = Assert.Single((await guarded.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows);
        Assert.Equal((LinkState.Unchecked, CheckOutcome.Refused, true), (row.State, row.LastOutcome, row.Stale));
        Assert.Contains("links into private networks are not checked", row.LastError);
        Assert.Empty(stub.Requests);

        // Allowed now (the settings changed): the next check asks again at once, however fresh the refusal is.
        stub.On("/ok", LinkStub.Status(200));
        Assert.Equal(1, (await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken)).Checked);
        Assert.Equal(LinkState.Ok, Assert.Single((await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken)).Rows).State);
    }

    [Fact]
    public async Task ShouldFilterTheReportByStateAndPageIt()
    {
        for (var i = 0; i < 5; i++) stub.On($"/gone{i}", LinkStub.Status(410));
        stub.On("/ok", LinkStub.Status(200));
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Ok", stub.Url("/ok")));
        await harness.AddPapersAsync([.. Enumerable.Range(0, 5).Select(i => new PaperBuilder().WithTitle($"Paper {i}").WithLink("Gone", stub.Url($"/gone{i}")))]);
        await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        var page = await harness.Service.ReportAsync(new LinkReportQuery(LinkState.Flaky, Page: 2, PageSize: 2), TestContext.Current.CancellationToken);

        Assert.Equal((5, 3, 2), (page.Total, page.PageCount, page.Page));
        Assert.Equal([stub.Url("/gone2"), stub.Url("/gone3")], page.Rows.Select(r => r.Url));
        Assert.Equal(6, page.Links);
    }

    [Fact]
    public async Task ShouldForgetTheResultsOfUrlsNoPaperUsesAnyMore()
    {
        stub.On("/old", LinkStub.Status(200));
        var ids = await harness.AddPapersAsync(new PaperBuilder().WithLink("Paper", stub.Url("/old")));
        await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);
        var loaded = (await harness.Editor.LoadAsync(ids[0], TestContext.Current.CancellationToken))!;
        loaded.Form.Links.Clear();
        await harness.Editor.UpdateAsync(ids[0], loaded.Form, "test", ct: TestContext.Current.CancellationToken);

        var run = await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal(0, run.Links);
        await using var db = harness.Database.CreateDbContext();
        Assert.Equal((0, 0), (await db.LinkStatuses.CountAsync(cancellationToken: TestContext.Current.CancellationToken), await db.LinkChecks.CountAsync(cancellationToken: TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldKeepTheLastTwentyChecksOfAUrl()
    {
        var result = new UrlCheckResult("https://example.org/paper", CheckOutcome.Ok, 200, null, []);
        for (var i = 0; i < LinkStateRule.KeptChecks + 5; i++)
        {
            await harness.Store.SaveAsync(result, harness.Clock.Now.UtcDateTime, TestContext.Current.CancellationToken);
            harness.Clock.Advance(TimeSpan.FromHours(1));
        }

        await using var db = harness.Database.CreateDbContext();
        var kept = await db.LinkChecks.OrderBy(c => c.CheckedAt).ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(LinkStateRule.KeptChecks, kept.Count);
        Assert.Equal(harness.Clock.Now.UtcDateTime - TimeSpan.FromHours(LinkStateRule.KeptChecks), kept[0].CheckedAt);
    }

    [Fact]
    public async Task ShouldCheckNothingWhileAnotherCheckRuns()
    {
        stub.On("/slow", stub.Slow(TimeSpan.FromSeconds(1), LinkStub.Status(200)));
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Paper", stub.Url("/slow")));
        var first = harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => stub.HitsOf("/slow") > 0);

        var second = await harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        Assert.True(second.Busy);
        Assert.Equal(0, second.Checked);
        Assert.Equal(1, (await first).Checked);
        Assert.False((await harness.Service.CheckAsync(all: true, ct: TestContext.Current.CancellationToken)).Busy);
    }

    [Fact]
    public async Task ShouldLetOneInstanceCheckAtATimeOnPostgreSqlOnly()
    {
        stub.On("/slow", stub.Slow(TimeSpan.FromSeconds(1), LinkStub.Status(200)));
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Paper", stub.Url("/slow")));
        await using var otherInstance = await LinkHealthHarness.CreateAsync(database: harness.Database);
        var first = harness.Service.CheckAsync(ct: TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => stub.HitsOf("/slow") > 0);

        var second = await otherInstance.Service.CheckAsync(all: true, ct: TestContext.Current.CancellationToken);

        // PostgreSQL serves several instances: its advisory lock keeps the second out. SQLite serves one (ADR-026).
        Assert.Equal(provider == TestProvider.PostgreSql, second.Busy);
        Assert.Equal(1, (await first).Checked);
        Assert.False((await otherInstance.Service.CheckAsync(all: true, ct: TestContext.Current.CancellationToken)).Busy);
    }

    [Fact]
    public async Task ShouldKeepThePerHostConcurrencyLimit()
    {
        await using var polite = await LinkHealthHarness.CreateAsync(o => o with { PerHostConcurrency = 2, MaxParallel = 8 }, database: harness.Database);
        for (var i = 0; i < 6; i++) stub.On($"/slow{i}", stub.Slow(TimeSpan.FromMilliseconds(300), LinkStub.Status(200)));
        await harness.AddPapersAsync([.. Enumerable.Range(0, 6).Select(i => new PaperBuilder().WithTitle($"Paper {i}").WithLink("Paper", stub.Url($"/slow{i}")))]);

        var run = await polite.Service.CheckAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal(6, run.Checked);
        Assert.Equal(2, stub.MaxInFlight);
    }

    [Fact]
    public async Task ShouldKeepTheResultsFoundBeforeARunIsCancelled()
    {
        stub.On("/fast", LinkStub.Status(200)).On("/slow", stub.Slow(TimeSpan.FromSeconds(30), LinkStub.Status(200)));
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Fast", stub.Url("/fast")).WithLink("Slow", stub.Url("/slow")));
        using var cancel = new CancellationTokenSource();
        var progress = new List<LinkCheckProgress>();
        var run = harness.Service.CheckAsync(progress: new SyncProgress<LinkCheckProgress>(progress.Add), ct: cancel.Token);
        await WaitUntilAsync(() => progress.Any(p => p.Done == 1) && stub.HitsOf("/slow") > 0);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        var report = await harness.Service.ReportAsync(ct: TestContext.Current.CancellationToken);
        Assert.Equal(LinkState.Ok, report.Rows.Single(r => r.Url == stub.Url("/fast")).State);
        Assert.Equal(LinkState.Unchecked, report.Rows.Single(r => r.Url == stub.Url("/slow")).State);
        Assert.Equal(new LinkCheckProgress(0, 2), progress[0]);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), "the condition never came true");
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly Lock gate = new();

        public void Report(T value)
        {
            lock (gate) report(value);
        }
    }
}

public sealed class LinkHealthServiceTestsOnSqlite() : LinkHealthServiceTests(TestProvider.Sqlite);

public sealed class LinkHealthServiceTestsOnPostgreSql() : LinkHealthServiceTests(TestProviders.PostgreSqlOrSkip());
