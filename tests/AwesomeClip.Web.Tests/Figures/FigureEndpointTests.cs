using System.Net;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Figures;

public sealed class FigureEndpointTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("/figures/CLIPA.png", "image/png")]
    [InlineData("/figures/CLIP-Adapter.jpg", "image/jpeg")]
    public async Task ShouldServeShippedFigures(string url, string type)
    {
        var response = await app.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 1000);
    }

    [Theory]
    [InlineData("/figures/..%2Fcatalog.db")]
    [InlineData("/figures/..%2F..%2Fappsettings.json")]
    [InlineData("/figures/%2Fetc%2Fpasswd")]
    [InlineData("/figures/..%5Ccatalog.db")]
    [InlineData("/figures/%2E%2E%2Fcatalog.db")]
    [InlineData("/figures/catalog.db")]
    [InlineData("/figures/no-such-figure.png")]
    public async Task ShouldNeverServeAnythingOutsideTheFigureFolders(string url)
    {
        var response = await app.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url} → {response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("SQLite format", body);
        Assert.DoesNotContain("root:", body);
    }
}
