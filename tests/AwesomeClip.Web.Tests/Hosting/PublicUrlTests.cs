using System.Net;
using System.Xml.Linq;
using AwesomeClip.Web.Hosting;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.Hosting;

/// <summary>Absolute URLs come from the configured public base URL or an allowed, well-formed Host; never from what a client made up.</summary>
public sealed class PublicUrlTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task ShouldTakeFeedLinksFromThePublicBaseUrl()
    {
        using var factory = new AppFactory { Settings = { ["Site:PublicBaseUrl"] = "https://clip.example.org/" } };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed.atom");
        request.Headers.Add("X-Forwarded-Proto", "javascript");
        request.Headers.Add("X-Forwarded-Host", "evil.example");

        var feed = XDocument.Parse(await (await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var links = feed.Descendants(Atom + "link").Where(l => (string?)l.Attribute("rel") is "self" or "alternate").Select(l => (string)l.Attribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("https://clip.example.org/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldBuildFeedLinksFromAnAllowedHostWithAnHttpScheme()
    {
        using var factory = new AppFactory();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed.atom");
        request.Headers.Add("X-Forwarded-Proto", "javascript");

        var feed = XDocument.Parse(await (await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var self = feed.Root!.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("http://localhost/feed.atom", (string)self.Attribute("href")!);
    }

    [Fact]
    public async Task ShouldAnswerAHostThatIsNotAllowedWith400()
    {
        using var factory = new AppFactory();
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://evil.example") });

        var response = await client.GetAsync("/feed.atom", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void ShouldRefuseToStartWhenAnyHostIsAllowedAndNoPublicBaseUrlIsSet()
    {
        var log = new LogCapture();
        using var factory = new AppFactory { Settings = { ["AllowedHosts"] = "*" } }.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(log.Lines, l => l.StartsWith("Critical AwesomeClip.Web.Startup.AppStartup: AwesomeClip could not start: ", StringComparison.Ordinal)
            && l.Contains("Set Site:PublicBaseUrl", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("localhost:5080", true)]
    [InlineData("clip.example.org", true)]
    [InlineData("127.0.0.1:80", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("[::1]", true)]
    [InlineData("evil.example:99999", false)]
    [InlineData("localhost:0", false)]
    [InlineData("localhost:", false)]
    [InlineData("localhost:80:80", false)]
    [InlineData("localhost:8o", false)]
    [InlineData("[::1", false)]
    [InlineData("[::1]x", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void ShouldTellAWellFormedHostHeader(string? host, bool valid) => Assert.Equal(valid, HostHeader.IsValid(host));
}
