using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace AwesomeClip.Core.Tests.LinkHealth;

/// <summary>The checker against a Kestrel stub on 127.0.0.1, through the app's HttpClient (retries, timeouts, guard); retry delays are milliseconds.</summary>
public sealed class LinkCheckerTests : IAsyncLifetime
{
    private LinkStub stub = null!;
    private LinkHealthHarness harness = null!;

    public async ValueTask InitializeAsync()
    {
        stub = await LinkStub.StartAsync();
        harness = await LinkHealthHarness.CreateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await harness.DisposeAsync();
        await stub.DisposeAsync();
    }

    [Fact]
    public async Task ShouldFindALinkOkWithASingleHead()
    {
        stub.On("/ok", LinkStub.Status(200));

        var result = await CheckAsync("/ok");

        Assert.Equal((CheckOutcome.Ok, 200, null), (result.Outcome, result.StatusCode, result.Error));
        Assert.Empty(result.Hops);
        Assert.Equal(["HEAD"], stub.RequestsOf("/ok").Select(r => r.Method));
    }

    [Fact]
    public async Task ShouldSendTheUserAgentNamingTheAppAndItsUrl()
    {
        stub.On("/ok", LinkStub.Status(200));

        await CheckAsync("/ok");

        Assert.Equal(LinkHealthHarness.TestUserAgent, Assert.Single(stub.Requests).UserAgent);
    }

    [Fact]
    public async Task ShouldFollowPermanentRedirectsAndRecordEveryHop()
    {
        stub.On("/old", LinkStub.Redirect(301, "/older"))
            .On("/older", LinkStub.Redirect(308, stub.Url("/new")))
            .On("/new", LinkStub.Status(200));

        var result = await CheckAsync("/old");

        Assert.Equal(CheckOutcome.Redirected, result.Outcome);
        Assert.Equal([new RedirectHop(301, stub.Url("/older")), new RedirectHop(308, stub.Url("/new"))], result.Hops);
        Assert.Equal(stub.Url("/new"), result.FinalUrl);
        Assert.True(result.Hops.All(h => h.IsPermanent));
    }

    [Fact]
    public async Task ShouldRecordATemporaryRedirect()
    {
        stub.On("/found", LinkStub.Redirect(302, "/there")).On("/there", LinkStub.Status(204));

        var result = await CheckAsync("/found");

        Assert.Equal((CheckOutcome.Redirected, 204), (result.Outcome, result.StatusCode));
        Assert.False(Assert.Single(result.Hops).IsPermanent);
    }

    [Theory]
    [InlineData(404, "HTTP 404 Not Found")]
    [InlineData(410, "HTTP 410 Gone")]
    public async Task ShouldFailALinkThatIsNotThereWithItsStatus(int status, string error)
    {
        stub.On("/missing", LinkStub.Status(status));

        var result = await CheckAsync("/missing");

        Assert.Equal((CheckOutcome.Failed, status, error), (result.Outcome, result.StatusCode, result.Error));
    }

    [Fact]
    public async Task ShouldAskWithGetWhenHeadIsNotAllowed()
    {
        stub.On("/no-head", LinkStub.NoHead(LinkStub.Status(200)));

        var result = await CheckAsync("/no-head");

        Assert.Equal(CheckOutcome.Ok, result.Outcome);
        Assert.Equal(["HEAD", "GET"], stub.RequestsOf("/no-head").Select(r => r.Method));
    }

    [Fact]
    public async Task ShouldNotDownloadTheBodyOfAGet()
    {
        // A body without end: a checker that read it would never finish.
        stub.On("/endless", LinkStub.NoHead(async (context, _) =>
        {
            var chunk = new byte[64 * 1024];
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stub.Stopping);
            try
            {
                while (!either.IsCancellationRequested) await context.Response.Body.WriteAsync(chunk, either.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
            {
                // the checker hung up, as it should
            }
        }));

        var result = await CheckAsync("/endless").WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        Assert.Equal((CheckOutcome.Ok, 200), (result.Outcome, result.StatusCode));
        Assert.Equal(["HEAD", "GET"], stub.RequestsOf("/endless").Select(r => r.Method));
    }

    [Fact]
    public async Task ShouldRetryAServerErrorAndSucceedWhenTheRetryDoes()
    {
        stub.On("/unsteady", LinkStub.Sequence(LinkStub.Status(500), LinkStub.Status(200)));

        var result = await CheckAsync("/unsteady");

        Assert.Equal((CheckOutcome.Ok, 200), (result.Outcome, result.StatusCode));
        Assert.Equal(2, stub.HitsOf("/unsteady"));
    }

    [Fact]
    public async Task ShouldFailAServerErrorThatLastsAfterTheRetries()
    {
        stub.On("/down", LinkStub.Status(503));

        var result = await CheckAsync("/down");

        Assert.Equal((CheckOutcome.Failed, 503, "HTTP 503 Service Unavailable"), (result.Outcome, result.StatusCode, result.Error));
        Assert.Equal(harness.Options.MaxRetries + 1, stub.HitsOf("/down"));
    }

    [Fact]
    public async Task ShouldWaitAsLongAsRetryAfterAsksWhenRateLimited()
    {
        stub.On("/busy", LinkStub.Sequence(RateLimited("1"), LinkStub.Status(200)));

        var result = await CheckAsync("/busy");

        Assert.Equal(CheckOutcome.Ok, result.Outcome);
        var requests = stub.RequestsOf("/busy");
        Assert.Equal(2, requests.Count);
        // Retry-After: 1 against a back-off of 1 ms: the second request waited for the server's second.
        Assert.True(Elapsed(requests[0], requests[1]) >= TimeSpan.FromMilliseconds(900), $"retried after {Elapsed(requests[0], requests[1])}");
    }

    [Fact]
    public async Task ShouldNotWaitForARetryAfterLongerThanTheCap()
    {
        stub.On("/later", RateLimited("3600"));

        var result = await CheckAsync("/later");

        Assert.Equal((CheckOutcome.Failed, 429), (result.Outcome, result.StatusCode));
        Assert.Equal("HTTP 429 Too Many Requests; it asks to wait 60 min, more than LinkHealth:MaxRetryAfter (2 s)", result.Error);
        Assert.Equal(1, stub.HitsOf("/later"));
    }

    [Fact]
    public async Task ShouldTimeOutASlowResponse()
    {
        await using var quick = await LinkHealthHarness.CreateAsync(o => o with { RequestTimeout = TimeSpan.FromMilliseconds(200), MaxRetries = 1 });
        stub.On("/slow", stub.Slow(TimeSpan.FromSeconds(30), LinkStub.Status(200)));

        var result = await quick.Checker().CheckAsync(stub.Url("/slow"), TestContext.Current.CancellationToken);

        Assert.Equal(CheckOutcome.Failed, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Equal("no answer within 200 ms, tried 2 times", result.Error);
        Assert.Equal(2, stub.HitsOf("/slow"));
    }

    [Fact]
    public async Task ShouldStopAtTheOverallTimeoutOfARequest()
    {
        await using var quick = await LinkHealthHarness.CreateAsync(o => o with
        {
            RequestTimeout = TimeSpan.FromMilliseconds(150), TotalRequestTimeout = TimeSpan.FromMilliseconds(400), MaxRetries = 10,
        });
        stub.On("/slow", stub.Slow(TimeSpan.FromSeconds(30), LinkStub.Status(200)));

        var result = await quick.Checker().CheckAsync(stub.Url("/slow"), TestContext.Current.CancellationToken);

        Assert.Equal("no answer within 400 ms, retries included", result.Error);
        Assert.InRange(stub.HitsOf("/slow"), 1, 4);
    }

    [Fact]
    public async Task ShouldRetryAndThenFailAConnectionThatIsReset()
    {
        stub.On("/reset", LinkStub.Reset());

        var result = await CheckAsync("/reset");

        Assert.Equal((CheckOutcome.Failed, (int?)null), (result.Outcome, result.StatusCode));
        Assert.Equal("the connection was closed or reset before an answer came", result.Error);
        Assert.Equal(harness.Options.MaxRetries + 1, stub.HitsOf("/reset"));
    }

    [Fact]
    public async Task ShouldSucceedWhenOnlyTheFirstConnectionIsReset()
    {
        stub.On("/once", LinkStub.Sequence(LinkStub.Reset(), LinkStub.Status(200)));

        Assert.Equal(CheckOutcome.Ok, (await CheckAsync("/once")).Outcome);
    }

    [Fact]
    public async Task ShouldFailARedirectLoop()
    {
        stub.On("/a", LinkStub.Redirect(301, "/b")).On("/b", LinkStub.Redirect(302, "/a"));

        var result = await CheckAsync("/a");

        Assert.Equal(CheckOutcome.Failed, result.Outcome);
        Assert.Equal($"redirect loop: {stub.Url("/a")} comes back after 2 redirects", result.Error);
        Assert.Equal(2, result.Hops.Count);
    }

    [Fact]
    public async Task ShouldStopAfterTheMostRedirectsAllowed()
    {
        await using var strict = await LinkHealthHarness.CreateAsync(o => o with { MaxRedirects = 3 });
        for (var i = 0; i < 6; i++) stub.On($"/hop{i}", LinkStub.Redirect(301, $"/hop{i + 1}"));

        var result = await strict.Checker().CheckAsync(stub.Url("/hop0"), TestContext.Current.CancellationToken);

        Assert.Equal((CheckOutcome.Failed, "more than 3 redirects"), (result.Outcome, result.Error));
        Assert.Equal(4, stub.Requests.Count);
    }

    [Fact]
    public async Task ShouldFailARedirectWithoutALocation()
    {
        stub.On("/nowhere", LinkStub.Status(301));

        var result = await CheckAsync("/nowhere");

        Assert.Equal("HTTP 301 Moved Permanently without a Location to go to", result.Error);
    }

    [Fact]
    public async Task ShouldFailARedirectToSomethingElseThanTheWeb()
    {
        stub.On("/ftp", LinkStub.Redirect(302, "ftp://files.example.org/paper.pdf"));

        var result = await CheckAsync("/ftp");

        Assert.Equal((CheckOutcome.Failed, "redirects to ftp:, not to a web address"), (result.Outcome, result.Error));
    }

    [Fact]
    public async Task ShouldFailAServerThatIsNotThere()
    {
        var port = stub.BaseAddress.Port;
        await stub.DisposeAsync();
        stub = await LinkStub.StartAsync();

        var result = await harness.Checker().CheckAsync($"http://127.0.0.1:{port}/paper", TestContext.Current.CancellationToken);

        Assert.Equal((CheckOutcome.Failed, "the server refused the connection"), (result.Outcome, result.Error));
    }

    [Fact]
    public async Task ShouldNotRequestLoopbackAddressesUnlessAllowed()
    {
        await using var guarded = await LinkHealthHarness.CreateAsync(o => o with { AllowPrivateAddresses = false });
        stub.On("/ok", LinkStub.Status(200));

        var result = await guarded.Checker().CheckAsync(stub.Url("/ok"), TestContext.Current.CancellationToken);

        Assert.Equal(CheckOutcome.Refused, result.Outcome);
        Assert.Equal("127.0.0.1 is an internal address; links into private networks are not checked (LinkHealth:AllowPrivateAddresses)", result.Error);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task ShouldNotRequestAHostNameThatResolvesToLoopbackUnlessAllowed()
    {
        await using var guarded = await LinkHealthHarness.CreateAsync(o => o with { AllowPrivateAddresses = false });

        var result = await guarded.Checker().CheckAsync($"http://localhost:{stub.BaseAddress.Port}/ok", TestContext.Current.CancellationToken);

        Assert.Equal(CheckOutcome.Refused, result.Outcome);
        Assert.StartsWith("localhost resolves to an internal address", result.Error);
        Assert.Empty(stub.Requests);
    }

    [Theory]
    [InlineData("ftp://example.org/paper.pdf")]
    [InlineData("./images/figure.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@example.org/")]
    public async Task ShouldRefuseWhatIsNotAWebAddressWithoutAskingAnyone(string url)
    {
        var result = await harness.Checker().CheckAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal((CheckOutcome.Refused, "not an http(s) web address"), (result.Outcome, result.Error));
    }

    private Task<UrlCheckResult> CheckAsync(string path) => harness.Checker().CheckAsync(stub.Url(path));

    private static Func<HttpContext, int, Task> RateLimited(string retryAfter) => (context, _) =>
    {
        context.Response.StatusCode = 429;
        context.Response.Headers.RetryAfter = retryAfter;
        return Task.CompletedTask;
    };

    private static TimeSpan Elapsed(StubRequest from, StubRequest to) =>
        System.Diagnostics.Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp);
}
