using System.Net;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Web.LinkHealth;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.LinkHealth;

/// <summary>"Check now" on /admin/links: a background run this instance reports on, one at a time.</summary>
public sealed class LinkCheckNowTests(LinkListApp app) : IClassFixture<LinkListApp>
{
    [Fact]
    public async Task ShouldCheckInTheBackgroundShowItAndMarkALinkBrokenAfterThreeFailedChecks()
    {
        var jobs = app.Factory.Get<LinkCheckJobs>();
        var before = await Html.GetAsync(app.Editor, "/admin/links");
        Assert.Equal("No link has been checked yet.", before.QuerySelector(".link-check [role=status]")!.Text());
        Assert.Equal(5, before.QuerySelectorAll("tbody .link-state.state-unchecked").Length);

        for (var round = 0; round < 3; round++)
        {
            var finished = Finished(jobs);
            var response = await Forms.PostAsync(app.Editor, "/admin/links", "link-check", new() { ["Scope"] = round == 0 ? "stale" : "all" });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var started = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Contains(round == 0 ? "Checking the stale and unchecked links in the background." : "Checking every link in the background.",
                started.Texts("[role=status]"));
            await finished.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        }

        var after = await Html.GetAsync(app.Editor, "/admin/links?state=broken");
        Assert.Equal([app.Stub.Url("/gone")], after.Texts("tbody .link-url"));
        Assert.StartsWith("The last check here ended at", after.QuerySelector(".link-check [role=status]")!.Text());
        Assert.Contains("5 of 5 links checked", after.QuerySelector(".link-check [role=status]")!.Text());
        Assert.Contains("3 failed checks in the last 7 days", after.QuerySelector("tbody tr")!.Text());
        Assert.Equal(3, after.QuerySelectorAll("tbody .link-history li").Length);
        Assert.Null(after.QuerySelector("meta[http-equiv=refresh]"));
        Assert.All(app.Stub.Requests, r => Assert.Matches(@"^AwesomeClip/\d+\.\d+\.\d+\S* \(\+https://clip\.example\.org/\)$", r.UserAgent));
    }

    internal static Task Finished(LinkCheckJobs jobs)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(LinkCheckStatus _)
        {
            jobs.Finished -= Handler;
            done.TrySetResult();
        }
        jobs.Finished += Handler;
        return done.Task;
    }
}

/// <summary>A second "Check now" while one runs, on an app of its own (the first class counts its checks).</summary>
public sealed class LinkCheckOneAtATimeTests(LinkListApp app) : IClassFixture<LinkListApp>
{
    private const int LinkHealthPageRefresh = AwesomeClip.Web.LinkHealth.Admin.LinkHealthPage.RefreshSeconds;

    [Fact]
    public async Task ShouldRunOneCheckAtATimeAndReloadThePageWhileItRuns()
    {
        var jobs = app.Factory.Get<LinkCheckJobs>();
        var hold = new TaskCompletionSource();
        app.Stub.On("/ok", async (context, _) =>
        {
            await hold.Task.WaitAsync(app.Stub.Stopping);
            context.Response.StatusCode = 200;
        });
        try
        {
            var finished = LinkCheckNowTests.Finished(jobs);
            await Forms.PostAsync(app.Editor, "/admin/links?state=flaky", "link-check", new() { ["Scope"] = "all" });

            var second = await Forms.PostAsync(app.Editor, "/admin/links", "link-check", new() { ["Scope"] = "all" });

            var page = Html.Parse(await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Contains("A check is already running; its progress is shown below.", page.Texts("[role=alert]"));
            Assert.StartsWith("Checking links:", page.QuerySelector(".link-check [role=status]")!.Text());
            Assert.Equal($"{LinkHealthPageRefresh}; url=/admin/links", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.All(page.QuerySelectorAll("form[method=post] button[name=Scope]"), b => Assert.True(b.HasAttribute("disabled")));
            hold.SetResult();
            await finished.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        }
        finally
        {
            hold.TrySetResult();
            app.Stub.On("/ok", LinkStub.Status(200));
        }
    }
}
