using AwesomeClip.Web.Hosting;
using System.Net;
using AwesomeClip.Web.Startup;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.Startup;

public sealed class AppStartupTests
{
    [Fact]
    public async Task ShouldServeTheSeededCatalogToRequestsThatArriveWhileStarting()
    {
        using var factory = new AppFactory { WaitUntilReady = false };
        using var client = factory.CreateClient();

        // Sent as soon as the server listens, usually while the list is still being imported.
        var home = client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var search = client.GetAsync(new Uri("/api/search?q=蒸馏", UriKind.Relative), TestContext.Current.CancellationToken);

        var homeResponse = await home;
        Assert.Equal(HttpStatusCode.OK, homeResponse.StatusCode);
        Assert.Contains($"{SeedList.Papers} papers in {SeedList.Categories} categories", await homeResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var searchResponse = await search;
        Assert.Equal(HttpStatusCode.OK, searchResponse.StatusCode);
        Assert.Contains("CLIP-KD", await searchResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(factory.Get<StartupGate>().IsOpen);
    }

    [Fact]
    public void ShouldSayInTheLogWhenItWasReadyAndWhereTheTimeWent()
    {
        var log = new LogCapture();
        using var factory = new AppFactory().WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));

        factory.CreateClient().Dispose();

        Assert.Contains(log.Lines, l => l.StartsWith("Information AwesomeClip.Web.Startup.AppStartup: Ready ", StringComparison.Ordinal)
            && l.Contains("key ring migrated at", StringComparison.Ordinal) && l.Contains("search index open at", StringComparison.Ordinal)
            && l.Contains("of which JIT", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldRefuseToStartAndSayWhyWhenTheSeedListIsMissing()
    {
        var log = new LogCapture();
        var missing = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"), "missing.md");
        using var factory = new AppFactory { Settings = { ["Seed:ListPath"] = missing } }
            .WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(log.Lines, l => l.StartsWith("Critical AwesomeClip.Web.Startup.AppStartup: AwesomeClip could not start: ", StringComparison.Ordinal) && l.Contains("missing.md", StringComparison.Ordinal));
    }
}
