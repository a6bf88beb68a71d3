using System.Net;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Figures;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.Figures;

/// <summary>One app whose log is kept; each test puts its own figures among the uploads (served by name, like the list's).</summary>
public sealed class FigureFaultApp : IDisposable
{
    private readonly AppFactory factory = new();

    public LogCapture Log { get; } = new();

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public FigureFaultApp()
    {
        Factory = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Log)));
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public string SizesFolder => Path.Combine(factory.DataDirectory, "figure-sizes", FigureSizeCache.Recipe);

    /// <summary>Writes the figure among the uploads; the list would write it as <c>./images/{name}</c>.</summary>
    public string Put(string name, byte[] content)
    {
        var folder = Path.Combine(factory.DataDirectory, "figures");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), content);
        return Path.Combine(folder, name);
    }

    public Task<ShownFigure> DescribeAsync(string name) => Factory.Services.GetRequiredService<FigureOriginals>().DescribeAsync("./images/" + name);

    public int LogLinesAbout(string name, string text) => Log.Lines.Count(l => l.Contains(name, StringComparison.Ordinal) && l.Contains(text, StringComparison.Ordinal));

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        factory.Dispose();
    }
}

public sealed class FigureSizeFaultTests(FigureFaultApp app) : IClassFixture<FigureFaultApp>
{
    private static string Url(string name, byte[] content, int width = 320, string format = "webp") =>
        FigureSizeEndpoint.UrlOf("images/" + name, FigureChecks.HashOf(content), width, SizedFormats.FromExtension(format)!.Value);

    [Fact]
    public async Task ShouldShowAFigureThatDoesNotDecodeAsItIsAndLogItOnce()
    {
        var corrupt = TestImages.CorruptPng();
        app.Put("corrupt.png", corrupt);

        var first = await app.Client.GetAsync(Url("corrupt.png", corrupt), TestContext.Current.CancellationToken);
        var second = await app.Client.GetAsync(Url("corrupt.png", corrupt, 160), TestContext.Current.CancellationToken);
        var shown = await app.DescribeAsync("corrupt.png");

        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        Assert.Equal("/figures/corrupt.png", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Found, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync("/figures/corrupt.png", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(1, app.LogLinesAbout("corrupt.png", "cannot be decoded"));
        Assert.True(shown.Exists);
        Assert.Null(shown.Image);
    }

    [Fact]
    public async Task ShouldNeverDecodeAFigureLargerThanTheUploadLimit()
    {
        var large = TestImages.PngLargerThan(FigureStore.MaxBytes);
        app.Put("large.png", large);

        var response = await app.Client.GetAsync(Url("large.png", large), TestContext.Current.CancellationToken);
        var shown = await app.DescribeAsync("large.png");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/figures/large.png", response.Headers.Location?.OriginalString);
        Assert.Null(shown.Image);
        Assert.Equal(1, app.LogLinesAbout("large.png", "larger than 5 MB"));
        Assert.False(Directory.Exists(app.SizesFolder) && Directory.EnumerateFiles(app.SizesFolder, FigureChecks.HashOf(large) + "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task ShouldNeverDecodeAFigureThatDeclaresMorePixelsThanTheBound()
    {
        var bomb = TestImages.PixelBomb(10_000, 10_000);
        app.Put("bomb.png", bomb);

        var response = await app.Client.GetAsync(Url("bomb.png", bomb), TestContext.Current.CancellationToken);
        await app.Client.GetAsync(Url("bomb.png", bomb, 160), TestContext.Current.CancellationToken);
        var shown = await app.DescribeAsync("bomb.png");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Null(shown.Image);
        Assert.Equal(1, app.LogLinesAbout("bomb.png", "10000×10000 pixels, more than Figures:MaxPixels"));
        Assert.Equal(0, app.LogLinesAbout("bomb.png", "cannot be decoded"));
    }

    [Fact]
    public async Task ShouldShowAFileThatIsNotAnImageAsItIs()
    {
        var page = "<html><script>alert(1)</script></html>"u8.ToArray();
        app.Put("page.png", page);

        var response = await app.Client.GetAsync(Url("page.png", page), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(1, app.LogLinesAbout("page.png", "not a PNG, JPEG or WebP image"));
    }

    [Fact]
    public async Task ShouldMakeNewSizesWhenTheFigureChangesAndRedirectTheOldOnes()
    {
        var before = TestImages.Png(640, 480);
        var path = app.Put("changing.png", before);
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(Url("changing.png", before), TestContext.Current.CancellationToken)).StatusCode);
        var oldSize = Directory.EnumerateFiles(app.SizesFolder, FigureChecks.HashOf(before) + "-320.webp", SearchOption.AllDirectories).Single();

        var after = TestImages.Png(800, 400, shade: 200);
        File.WriteAllBytes(path, after);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var shown = await app.DescribeAsync("changing.png");
        var stale = await app.Client.GetAsync(Url("changing.png", before), TestContext.Current.CancellationToken);
        var current = await app.Client.GetAsync(Url("changing.png", after), TestContext.Current.CancellationToken);

        Assert.Equal(FigureChecks.HashOf(after), shown.Image?.Hash);
        Assert.Equal(HttpStatusCode.Found, stale.StatusCode);
        Assert.Equal(Url("changing.png", after), stale.Headers.Location?.OriginalString);
        Assert.Equal((320, 160), TestImages.SizeOf(await current.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        Assert.False(File.Exists(oldSize));
    }

    [Fact]
    public async Task ShouldServeTheFallbackOfATransparentFigureAsPng()
    {
        var transparent = TestImages.Png(500, 250, alpha: true);
        app.Put("transparent.png", transparent);

        var png = await app.Client.GetAsync(Url("transparent.png", transparent, 480, "png"), TestContext.Current.CancellationToken);
        var jpeg = await app.Client.GetAsync(Url("transparent.png", transparent, 480, "jpg"), TestContext.Current.CancellationToken);

        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.True(TestImages.IsPng(await png.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.NotFound, jpeg.StatusCode);
    }

    [Fact]
    public async Task ShouldMakeEachSizeOnceForRequestsThatArriveTogether()
    {
        var figure = TestImages.Jpeg(1200, 900);
        app.Put("together.jpg", figure);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => app.Client.GetAsync(Url("together.jpg", figure, 800))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsByteArrayAsync()));
        Assert.Single(bodies.Select(Convert.ToBase64String).Distinct());
        Assert.Empty(Directory.EnumerateFiles(app.SizesFolder, "*.part", SearchOption.AllDirectories));
    }
}
