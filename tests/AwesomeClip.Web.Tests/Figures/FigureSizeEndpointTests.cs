using System.Net;
using System.Net.Http.Headers;
using AwesomeClip.Web.Figures;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Figures;

/// <summary><c>/figures/{hash}/{width}/{path}</c> for the shipped figures (CLIPA.png: 966×358, no transparency).</summary>
public sealed class FigureSizeEndpointTests(SharedApp app) : IClassFixture<SharedApp>
{
    private static readonly byte[] Clipa = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seed", "images", "CLIPA.png"));

    private static readonly string Hash = FigureChecks.HashOf(Clipa);

    private static readonly (int Width, int Height) Size = TestImages.SizeOf(Clipa);

    private static string Url(int width, string format, string hash = "") => $"/figures/{(hash.Length > 0 ? hash : Hash)}/{width}/images/CLIPA.png.{format}";

    [Fact]
    public async Task ShouldServeAThumbnailAsWebPThatBrowsersKeepForAYear()
    {
        var response = await app.Client.GetAsync(Url(320, "webp"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal((320, FigureSizes.HeightAt(320, Size.Width, Size.Height)), TestImages.SizeOf(body));
        Assert.True(body.Length < Clipa.Length / 4, $"{body.Length} bytes for a thumbnail of {Clipa.Length}");
    }

    [Fact]
    public async Task ShouldServeTheFallbackOfAFigureWithoutTransparencyAsJpegOnly()
    {
        var jpeg = await app.Client.GetAsync(Url(800, "jpg"), TestContext.Current.CancellationToken);
        var png = await app.Client.GetAsync(Url(800, "png"), TestContext.Current.CancellationToken);

        Assert.Equal("image/jpeg", jpeg.Content.Headers.ContentType?.MediaType);
        Assert.Equal((800, 296), TestImages.SizeOf(await jpeg.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.NotFound, png.StatusCode);
    }

    [Fact]
    public async Task ShouldAnswer304WhenTheBrowserHasTheSizeAlready()
    {
        var first = await app.Client.GetAsync(Url(480, "webp"), TestContext.Current.CancellationToken);
        using var again = new HttpRequestMessage(HttpMethod.Get, Url(480, "webp"));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await app.Client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task ShouldAnswer200ToAnotherEntityTag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(480, "webp"));
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000000000000000-480-webp-r1\""));

        var response = await app.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(320, "webp", 320, "webp")]
    [InlineData(333, "webp", 320, "webp")]
    [InlineData(9000, "jpg", 966, "jpg")]
    public async Task ShouldRedirectAUrlWithAnotherHashToTheNearestSizeOfTheFigureAsItIsNow(int width, string format, int now, string nowFormat)
    {
        var response = await app.Client.GetAsync(Url(width, format, hash: "0123456789abcdef"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(Url(now, nowFormat), response.Headers.Location?.OriginalString);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData(333, "webp")] // not one of the sizes made
    [InlineData(1280, "webp")] // wider than the figure
    [InlineData(320, "png")] // the figure has no transparency: JPEG is its fallback
    public async Task ShouldAnswer404ForASizeOrFormatThatIsNotMade(int width, string format)
    {
        var response = await app.Client.GetAsync(Url(width, format), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/figures/0123456789abcdef/320/images/no-such-figure.png.webp")]
    [InlineData("/figures/0123456789abcdef/320/no-such-folder/CLIPA.png.webp")]
    public async Task ShouldAnswer404ForAMissingFigure(string url)
    {
        var response = await app.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/figures/0123456789abcdef/320/..%2Fcatalog.db.webp")]
    [InlineData("/figures/0123456789abcdef/320/images/..%2F..%2Fcatalog.db.webp")]
    [InlineData("/figures/0123456789abcdef/320/images/%2E%2E/%2E%2E/appsettings.json.webp")]
    [InlineData("/figures/0123456789abcdef/320/%2Fetc%2Fpasswd.webp")]
    [InlineData("/figures/0123456789abcdef/320/images/..%5C..%5Ccatalog.db.webp")]
    [InlineData("/figures/0123456789abcdef/320/images/CLIPA.png.svg")]
    [InlineData("/figures/0123456789abcdef/320/images/CLIPA.png")]
    [InlineData("/figures/..%2F..%2F/320/images/CLIPA.png.webp")]
    [InlineData("/figures/0123456789ABCDEF/320/images/CLIPA.png.webp")]
    public async Task ShouldNeverServeAnythingOutsideTheFigureFolders(string url)
    {
        var response = await app.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url} → {response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("SQLite format", body);
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task ShouldShowThePaperPagesFigureAtTheMediumSizeWithTheOriginalOnClick()
    {
        await using var db = app.Factory.CreateDbContext();
        var id = await db.Papers.Where(p => p.Figures.Any(f => f.Path == "./images/CLIPA.png")).Select(p => p.Id).SingleAsync(cancellationToken: TestContext.Current.CancellationToken);

        var page = await Html.GetAsync(app.Client, $"/papers/{id}");

        var link = page.QuerySelector("figure.paper-figure a")!;
        Assert.Equal("/figures/CLIPA.png", link.GetAttribute("href"));
        var webp = link.QuerySelector("picture source[type='image/webp']")!;
        Assert.Equal($"{Url(480, "webp")} 480w, {Url(800, "webp")} 800w, {Url(966, "webp")} 966w", webp.GetAttribute("srcset"));
        var img = link.QuerySelector("picture img")!;
        Assert.Equal(Url(966, "jpg"), img.GetAttribute("src"));
        Assert.Equal(("966", "358"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal(webp.GetAttribute("sizes"), img.GetAttribute("sizes"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.StartsWith("Figure of CLIPA", img.GetAttribute("alt"));
        foreach (var candidate in img.GetAttribute("srcset")!.Split(", ").Append(webp.GetAttribute("srcset")!.Split(", ")[0]))
            Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(candidate.Split(' ')[0], TestContext.Current.CancellationToken)).StatusCode);
    }
}
