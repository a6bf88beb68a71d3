using System.Text.Json;
using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.CommandLine;

/// <summary><c>links check</c> on a catalog imported from a list whose links a local stub serves.</summary>
public sealed class LinksCommandTests : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "awesomeclip-cli", Guid.NewGuid().ToString("N"));
    private LinkStub stub = null!;

    public async ValueTask InitializeAsync()
    {
        stub = await LinkStub.StartAsync();
        stub.On("/ok", LinkStub.Status(200))
            .On("/moved-a", LinkStub.Redirect(301, "/ok"))
            .On("/moved-b", LinkStub.Redirect(308, "/ok"))
            .On("/found", LinkStub.Redirect(302, "/ok"))
            .On("/gone", LinkStub.Status(410));
        var list = LinkListApp.WriteList(Path.Combine(dataDirectory, "list"), stub);
        Assert.Equal(0, (await RunAsync("import", list)).Exit);
    }

    [Fact]
    public async Task ShouldCheckEveryLinkAndPrintThoseThatAreNotOkWithTheirPapers()
    {
        var (exit, output, _) = await RunAsync("links", "check");

        Assert.Equal(0, exit);
        Assert.StartsWith("Checked 5 of 5 links in ", output);
        Assert.Contains("5 links: 1 ok, 1 temporary redirect, 2 permanent redirects, 1 flaky.", output);
        Assert.Contains($"FLAKY  {stub.Url("/gone")}\n  HTTP 410 Gone; 1 failed check in the last 7 days; checked ", output.ReplaceLineEndings("\n"));
        Assert.Contains($"  #4 “{LinkListApp.Missing}”, title link", output);
        Assert.Contains($"PERMANENT REDIRECT  {stub.Url("/moved-a")}", output);
        Assert.Contains($"  replace with {stub.Url("/ok")} (on /admin/links)", output);
        Assert.DoesNotContain($"  {stub.Url("/ok")}\n", output);
        Assert.Equal(["HEAD"], stub.RequestsOf("/gone").Select(r => r.Method)); // 410 is an answer: no GET after it
    }

    [Fact]
    public async Task ShouldCheckOnlyStaleLinksUnlessAskedForAll()
    {
        await RunAsync("links", "check");

        var (_, again, _) = await RunAsync("links", "check");
        var (_, all, _) = await RunAsync("links", "check", "--all");

        Assert.StartsWith("Checked 0 of 5 links in ", again);
        Assert.Contains("(5 checked less than 1 day ago were skipped (LinkHealth:MaxAge); --all checks them too)", again);
        Assert.StartsWith("Checked 5 of 5 links in ", all);
        Assert.Equal(2, stub.HitsOf("/moved-a"));
    }

    [Fact]
    public async Task ShouldExitWithOneWhenALinkIsBroken()
    {
        for (var i = 0; i < 2; i++) Assert.Equal(0, (await RunAsync("links", "check", "--all")).Exit);

        var (exit, output, _) = await RunAsync("links", "check", "--all");

        Assert.Equal(1, exit);
        Assert.Contains("1 broken", output);
        Assert.Contains($"BROKEN  {stub.Url("/gone")}\n  HTTP 410 Gone; 3 failed checks in the last 7 days", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task ShouldPrintTheWholeReportAsJson()
    {
        var (exit, output, _) = await RunAsync("links", "check", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["run", "counts", "links"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal((5, 5, false), (root.GetProperty("run").GetProperty("links").GetInt32(), root.GetProperty("run").GetProperty("checked").GetInt32(), root.GetProperty("run").GetProperty("busy").GetBoolean()));
        Assert.EndsWith("Z", root.GetProperty("run").GetProperty("finishedAt").GetString());
        Assert.Equal(["broken", "flaky", "permanent-redirect", "temporary-redirect", "unchecked", "ok"], root.GetProperty("counts").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("counts").GetProperty("permanent-redirect").GetInt32());
        var links = root.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(5, links.Count);
        var gone = links[0];
        Assert.Equal(
            ["url", "state", "status", "error", "finalUrl", "replacement", "redirects", "lastChecked", "stale", "recentFailures", "history", "papers"],
            gone.EnumerateObject().Select(p => p.Name));
        Assert.Equal((stub.Url("/gone"), "flaky", 410, "HTTP 410 Gone"), (gone.GetProperty("url").GetString(), gone.GetProperty("state").GetString(), gone.GetProperty("status").GetInt32(), gone.GetProperty("error").GetString()));
        var check = Assert.Single(gone.GetProperty("history").EnumerateArray());
        Assert.Equal("failed", check.GetProperty("outcome").GetString());
        var paper = Assert.Single(gone.GetProperty("papers").EnumerateArray());
        Assert.Equal((LinkListApp.Missing, "title link"), (paper.GetProperty("title").GetString(), paper.GetProperty("where").GetString()));
        Assert.Matches(@"^/admin/papers/\d+\?focus=paper-url#paper-url$", paper.GetProperty("editUrl").GetString());
        var moved = links.Single(l => l.GetProperty("url").GetString() == stub.Url("/moved-b"));
        Assert.Equal(stub.Url("/ok"), moved.GetProperty("replacement").GetString());
        Assert.Equal(308, Assert.Single(moved.GetProperty("redirects").EnumerateArray()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "links" }, "links needs a subcommand: check")]
    [InlineData(new[] { "links", "verify" }, "unknown subcommand 'verify'; use check")]
    [InlineData(new[] { "links", "check", "now" }, "links check takes no arguments")]
    [InlineData(new[] { "links", "check", "--fast" }, "unknown option --fast")]
    [InlineData(new[] { "links", "check", "--LinkHealth:MaxRetries=99" }, "LinkHealth:MaxRetries must be between 0 and 10.")]
    [InlineData(new[] { "links", "check", "--LinkHealth:TotalRequestTimeout=00:00:01", "--LinkHealth:RequestTimeout=00:00:05" }, "must be at least LinkHealth:RequestTimeout")]
    public async Task ShouldExplainUsageErrorsWithExitCodeTwo(string[] args, string message)
    {
        var (exit, _, error) = await RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task ShouldDescribeTheCommandInHelp()
    {
        var stdout = new StringWriter();

        await Cli.RunAsync(["help"], stdout, new StringWriter());

        Assert.Contains("links check [--json] [--all]", stdout.ToString());
        Assert.Contains("Exit 0 when no link is broken, 1 when one is", stdout.ToString());
        Assert.Equal(0, await Cli.RunAsync(["links", "--help"], new StringWriter(), new StringWriter()));
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] settings = [
            $"--Storage:DataDirectory={dataDirectory}", "--LinkHealth:AllowPrivateAddresses=true",
            "--LinkHealth:RetryDelay=00:00:00.001", "--LinkHealth:PerHostDelay=00:00:00",
        ];
        var exit = await Cli.RunAsync([.. args, .. settings], stdout, stderr, configureServices: s => s.AddLoopbackOnlyLinks());
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await stub.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
