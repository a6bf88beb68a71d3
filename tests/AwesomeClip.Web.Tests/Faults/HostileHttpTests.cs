using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.Faults;

/// <summary>The app on real Kestrel (its limits are not in TestServer), fed raw requests no browser would send.</summary>
public sealed partial class HostileHttpTests(HostileHttpTests.KestrelApp app) : IClassFixture<HostileHttpTests.KestrelApp>
{
    public static TheoryData<string> TraversalFigureUrls =>
    [
        "/figures/..%2f..%2f..%2fetc%2fpasswd",
        "/figures/..%2F..%2Fcatalog.db",
        "/figures/%2e%2e/%2e%2e/etc/passwd",
        "/figures/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/figures/..%5c..%5ccatalog.db",
        "/figures/%252e%252e%252fetc%252fpasswd",
        "/figures/..%252f..%252fcatalog.db",
        "/figures/%2fetc%2fpasswd",
        "/figures//etc/passwd",
        "/figures/%2Fetc%2Fpasswd.png",
        "/figures/C:%5cWindows%5cwin.ini",
        "/figures/..%00.png",
        "/figures/x.png%00.txt",
        "/figures/%00",
        "/figures/..",
        "/figures/.%2e/.%2e/etc/passwd",
        "/figures/%c0%ae%c0%ae%2fetc%2fpasswd",
        "/figures/..%c0%af..%c0%afetc%c0%afpasswd",
        "/figures/%ef%bc%8e%ef%bc%8e%ef%bc%8fcatalog.db",
        "/figures/....//....//etc/passwd",
        "/figures/keys%2f..%2f..%2fcatalog.db",
        "/figures/.%2fcatalog.db",
        "/figures/catalog.db",
        "/figures/~root",
    ];

    [Theory]
    [MemberData(nameof(TraversalFigureUrls))]
    public async Task ShouldAnswerTraversalInFigureUrlsWithA4xxAndLeakNothing(string target)
    {
        var response = await app.SendAsync($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        // Kestrel resolves literal dot segments ("/figures/.." is "/"): that is a page of the app, never a file.
        if (response.Status == 200) Assert.Contains("Content-Type: text/html", response.Headers, StringComparison.OrdinalIgnoreCase);
        else Assert.InRange(response.Status, 400, 404);
        AssertLeaksNothing(response);
    }

    [Fact]
    public async Task ShouldStillServeARealFigure()
    {
        var name = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seed", "images"), "*.png").Select(Path.GetFileName).First();

        var response = await app.SendAsync($"GET /figures/{name} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, response.Status);
    }

    public static TheoryData<string> OddTargets =>
    [
        "/figures/" + new string('a', 6_000) + ".png",
        "/papers/" + new string('9', 5_000),
        "/api/papers/" + new string('1', 5_000),
        "/" + string.Concat(Enumerable.Repeat("a/", 3_000)),
        "/api/papers?category=%ff%fe",
        "/api/papers?year=%ff%fe&page=%c0%80",
        "/papers?category=%ff%fe%fd",
        "/?q=%ff%fe",
        "/figures/%ff%fe.png",
        "/%ff%fe",
        "/api/papers?category=%00%01%1b%7f",
        "/api/papers?category=a%0d%0aSet-Cookie:%20x=1",
        "/?q=%00%0a%0d%1b[31m",
        "/api/papers?page=99999999999999999999999&pageSize=-1",
        "/api/papers?year=1e9&year=2&year=3",
        "/api/papers/%00",
        "/api/categories/%00/bibtex",
        "/categories/%ff/feed.atom",
        "/api/papers?" + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"p{i}=1&")),
    ];

    [Theory]
    [MemberData(nameof(OddTargets))]
    public async Task ShouldAnswerOddTargetsWithoutA5xxOrALeak(string target)
    {
        var response = await app.SendAsync($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.InRange(response.Status, 200, 499);
        AssertLeaksNothing(response);
    }

    public static TheoryData<string> BadHosts =>
    [
        "GET /feed.atom HTTP/1.1\r\nHost: evil.example:99999\r\n",
        "GET / HTTP/1.1\r\nHost: localhost:99999\r\n",
        "GET /papers/1 HTTP/1.1\r\nHost: localhost:0\r\n",
        "GET /categories/train/feed.atom HTTP/1.1\r\nHost: localhost:\r\n",
        "GET /feed.atom HTTP/1.1\r\nHost: [::1\r\n",
        "GET /feed.atom HTTP/1.1\r\nHost: evil.example\r\n",
        "GET / HTTP/1.0\r\n",
    ];

    [Theory]
    [MemberData(nameof(BadHosts))]
    public async Task ShouldAnswerAMissingMalformedOrUnknownHostWith400(string head)
    {
        var response = await app.SendAsync(head + "Connection: close\r\n\r\n");

        Assert.Equal(400, response.Status);
        AssertLeaksNothing(response);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/papers")]
    [InlineData("/figures/x.png")]
    public async Task ShouldRefuseAHundredKilobyteQueryString(string path)
    {
        var response = await app.SendAsync($"GET {path}?q={new string('x', 100_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Contains(response.Status, new[] { 414, 431, 400 });
        AssertLeaksNothing(response);
    }

    [Fact]
    public async Task ShouldRefuseOversizedHeaders()
    {
        var response = await app.SendAsync($"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('x', 100_000)}\r\nConnection: close\r\n\r\n");

        Assert.Contains(response.Status, new[] { 431, 400 });
    }

    [Fact]
    public async Task ShouldAnswerMalformedBodiesToEveryEndpointWithA4xx()
    {
        var bodies = new (string ContentType, byte[] Body)[]
        {
            ("application/json", "{\"title\": \"x\", "u8.ToArray()),
            ("application/json", Encoding.ASCII.GetBytes(new string('[', 10_000))),
            ("application/json", [0xFF, 0xFE, 0x7B, 0x00]),
            ("text/plain", "not json"u8.ToArray()),
            ("application/x-www-form-urlencoded", Encoding.ASCII.GetBytes("a=" + new string('x', 1_000_000))),
            ("multipart/form-data; boundary=zzz", "--zzz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nbroken"u8.ToArray()),
        };
        var failures = new List<string>();
        foreach (var (method, target) in app.Endpoints())
        {
            foreach (var (contentType, body) in bodies)
            {
                var head = $"{method} {target} HTTP/1.1\r\nHost: localhost\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                var response = await app.SendAsync([.. Encoding.ASCII.GetBytes(head), .. body]);
                if (response.Status is < 200 or >= 500 || Leaks(response))
                    failures.Add($"{method} {target} with {contentType}: {response.Status} {response.Body[..Math.Min(300, response.Body.Length)]}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + string.Join("\n", app.Log.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)).Take(3)));
    }

    [Fact]
    public async Task ShouldRefuseAnOversizedBodyToEveryEndpoint()
    {
        var failures = new List<string>();
        foreach (var (method, target) in app.Endpoints().Where(e => e.Method != "GET"))
        {
            // Announced, not sent: Kestrel refuses on the Content-Length alone (30 MB by default).
            var head = $"{method} {target} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {100L * 1024 * 1024}\r\nConnection: close\r\n\r\na=b";
            var response = await app.SendAsync(Encoding.ASCII.GetBytes(head));
            if (method == "POST" && response.Status is not (413 or 400) && target is "/" or "/papers") failures.Add($"{method} {target}: a page reading forms took a 100 MB body ({response.Status})");
            // Endpoints that read a body refuse it (413/400); the others answer without reading it (SignalR's negotiate).
            if (response.Status is < 200 or >= 500 || Leaks(response))
                failures.Add($"{method} {target}: {response.Status} {response.Body[..Math.Min(300, response.Body.Length)]}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + string.Join("\n", app.Log.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal)).Take(3)));
    }

    internal static string Fill(RoutePattern pattern) =>
        string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { Name: "id" } => "1",
            RoutePatternParameterPart { Name: "slug" } => "train",
            RoutePatternParameterPart { Name: "name" } => "x.png",
            RoutePatternParameterPart => "x",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));

    private static void AssertLeaksNothing(RawResponse response) =>
        Assert.False(Leaks(response), $"the answer ({response.Status}) leaks: {response.Body[..Math.Min(500, response.Body.Length)]}");

    private static bool Leaks(RawResponse response) =>
        LeakPattern().IsMatch(response.Body) || response.Body.Contains("root:x:0:0", StringComparison.Ordinal) || response.Body.Contains("SQLite format 3", StringComparison.Ordinal);

    [GeneratedRegex(@"Exception\b|\bat [A-Z]\w+\.[A-Z]\w+.*\(|StackTrace|/work/|\.cs:line|System\.\w+Exception")]
    private static partial Regex LeakPattern();

    public sealed record RawResponse(int Status, string Headers, string Body);

    /// <summary>The app on Kestrel on a loopback port, talked to over a plain socket so that any bytes can be sent.</summary>
    public sealed class KestrelApp : IDisposable
    {
        private readonly AppFactory root = new();
        private readonly WebApplicationFactory<Program> factory;
        private readonly Uri address;

        public KestrelApp()
        {
            factory = root.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Log)));
            factory.UseKestrel(0);
            factory.StartServer();
            address = factory.ClientOptions.BaseAddress;
        }

        /// <summary>Every registered route with every method it takes, plus POST and PUT, its parameters filled in.</summary>
        public IEnumerable<(string Method, string Target)> Endpoints()
        {
            var seen = new HashSet<string>();
            foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
            {
                var target = "/" + Fill(endpoint.RoutePattern);
                // The framework's scripts and the build's .gz copies are not under the content root WebApplicationFactory
                // uses: they answer 500 to any request in this test host (production serves them from the published wwwroot).
                if (target.StartsWith("/_framework/", StringComparison.Ordinal) || target.EndsWith(".gz", StringComparison.Ordinal)) continue;
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                foreach (var method in methods.Append("POST").Append("PUT").Distinct())
                {
                    if (seen.Add($"{method} {target}")) yield return (method, target);
                }
            }
        }

        public Task<RawResponse> SendAsync(string request) => SendAsync(Encoding.UTF8.GetBytes(request));

        public async Task<RawResponse> SendAsync(byte[] request)
        {
            using var client = new TcpClient();
            await client.ConnectAsync(address.Host, address.Port);
            await using var stream = client.GetStream();
            try
            {
                await stream.WriteAsync(request);
            }
            catch (IOException)
            {
                // Kestrel may answer and close before the whole request is written (a refused body).
            }
            using var buffer = new MemoryStream();
            try
            {
                await stream.CopyToAsync(buffer).WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (IOException)
            {
                // Reset after the answer was sent.
            }
            var text = Encoding.UTF8.GetString(buffer.ToArray());
            var status = text.Length >= 12 && (text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || text.StartsWith("HTTP/1.0 ", StringComparison.Ordinal)) ? int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : 0;
            var bodyAt = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            return bodyAt < 0 ? new RawResponse(status, text, "") : new RawResponse(status, text[..bodyAt], text[(bodyAt + 4)..]);
        }

        public LogCapture Log { get; } = new();

        public void Dispose()
        {
            factory.Dispose();
            root.Dispose();
        }
    }
}
