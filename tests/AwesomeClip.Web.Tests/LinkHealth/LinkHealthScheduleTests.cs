using AwesomeClip.Web.Hosting;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.LinkHealth;
using AwesomeClip.Web.Startup;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AwesomeClip.Web.Tests.LinkHealth;

/// <summary>The background schedule: off by default; on, it checks the stale links at start and every interval (a fake clock), and survives failures.</summary>
public sealed class LinkHealthScheduleTests(LinkListApp app) : IClassFixture<LinkListApp>
{
    private readonly LogCapture log = new();
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    [Fact]
    public void ShouldBeOffByDefault()
    {
        var schedule = app.Factory.Get<LinkHealthSchedule>();

        Assert.True(schedule.ExecuteTask?.IsCompletedSuccessfully, "the schedule's loop should end at once when it is off");
        Assert.Null(app.Factory.Get<LinkCheckJobs>().Status.LastRun);
    }

    [Fact]
    public async Task ShouldCheckTheStaleLinksWhenTheAppIsReadyAndAgainEveryInterval()
    {
        // As in a new app: no results yet, whichever test of the class checked the links before this one.
        await using (var db = await app.Factory.Get<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.LinkStatuses.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }
        var jobs = Jobs(app.Links);
        using var schedule = Schedule(jobs, app.Links, TimeSpan.FromMinutes(10));
        var first = Finished(jobs);

        await schedule.StartAsync(TestContext.Current.CancellationToken);
        await first.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        await WaitForLogAsync("Scheduled link check: checked");
        var hits = app.Stub.Requests.Count;
        var second = Finished(jobs);
        time.Advance(TimeSpan.FromMinutes(10));
        await second.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        await schedule.StopAsync(TestContext.Current.CancellationToken);

        Assert.True(log.Lines.Any(l => l.StartsWith("Information AwesomeClip.Web.LinkHealth.LinkHealthSchedule: Scheduled link check: checked 5 of 5 links", StringComparison.Ordinal)
            && l.Contains("1 ok, 1 temporary redirect, 2 permanent redirects, 1 flaky.", StringComparison.Ordinal)), string.Join(Environment.NewLine, log.Lines));
        Assert.Contains(log.Lines, l => l.Contains("Link check by schedule: checked 0 of 5 links", StringComparison.Ordinal));
        Assert.Equal(hits, app.Stub.Requests.Count);
        Assert.Equal(LinkHealthSchedule.Actor, jobs.Status.StartedBy);
    }

    [Fact]
    public async Task ShouldLogAFailedCheckAndGoOn()
    {
        var broken = new BrokenDatabase();
        var links = new LinkHealthService(broken, app.Factory.Get<IHttpClientFactory>(), new LinkResultStore(broken), new LinkCheckGuard(broken),
            app.Factory.Get<IOptions<LinkHealthOptions>>(), TimeProvider.System, NullLogger<LinkHealthService>.Instance);
        var jobs = Jobs(links);
        using var schedule = Schedule(jobs, links, TimeSpan.FromMinutes(10));

        await schedule.RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal("The check failed: the database is down The links it had checked are recorded; the log has the details.", jobs.Status.LastFailure);
        Assert.False(jobs.Status.Running);
        Assert.Contains(log.Lines, l => l.StartsWith("Error AwesomeClip.Web.LinkHealth.LinkCheckJobs: The link check started by schedule failed", StringComparison.Ordinal));
        await schedule.RunOnceAsync(TestContext.Current.CancellationToken);
        Assert.False(jobs.Status.Running);
    }

    [Fact]
    public async Task ShouldSkipARunWhileAnotherCheckRunsHere()
    {
        var jobs = Jobs(app.Links);
        using var schedule = Schedule(jobs, app.Links, TimeSpan.FromMinutes(10));
        var hold = new TaskCompletionSource();
        app.Stub.On("/gone", async (context, _) =>
        {
            await hold.Task.WaitAsync(app.Stub.Stopping);
            context.Response.StatusCode = 410;
        });
        try
        {
            var running = jobs.TryStart(all: true, "editor@example.org", ct: TestContext.Current.CancellationToken);
            Assert.NotNull(running);

            await schedule.RunOnceAsync(TestContext.Current.CancellationToken);

            Assert.Contains(log.Lines, l => l.Contains("Scheduled link check skipped: a check started by editor@example.org is still running", StringComparison.Ordinal));
            hold.SetResult();
            await running!.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        }
        finally
        {
            hold.TrySetResult();
            app.Stub.On("/gone", LinkStub.Status(410));
        }
    }

    private LinkCheckJobs Jobs(LinkHealthService links) =>
        new(links, app.Factory.Get<IHostApplicationLifetime>(), time, Logger<LinkCheckJobs>());

    private LinkHealthSchedule Schedule(LinkCheckJobs jobs, LinkHealthService links, TimeSpan interval) => new(
        Options.Create(new LinkHealthScheduleOptions { Enabled = true, Interval = interval }),
        jobs, links, app.Factory.Get<StartupGate>(), time, Logger<LinkHealthSchedule>());

    private ILogger<T> Logger<T>() => new Logger<T>(new LoggerFactory([log]));

    private async Task WaitForLogAsync(string text)
    {
        for (var i = 0; i < 500 && !log.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)); i++) await Task.Delay(10);
    }

    private static Task Finished(LinkCheckJobs jobs) => LinkCheckNowTests.Finished(jobs);

    private sealed class BrokenDatabase : IDbContextFactory<CatalogDbContext>
    {
        public CatalogDbContext CreateDbContext() => throw new InvalidOperationException("the database is down");
    }
}
