using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Figures;
using AwesomeClip.Web.Storage;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.Figures;

/// <summary>The markup <see cref="FigureImage"/> writes, with figures among the uploads of a temporary data directory.</summary>
public sealed class FigureImageTests : BunitContext
{
    private readonly TestCatalog catalog = new();
    private readonly string data = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"));
    private readonly byte[] wide = TestImages.Png(1600, 900);

    public FigureImageTests()
    {
        Directory.CreateDirectory(Path.Combine(data, "figures"));
        File.WriteAllBytes(Path.Combine(data, "figures", "wide.png"), wide);
        File.WriteAllBytes(Path.Combine(data, "figures", "small.png"), TestImages.Png(120, 90, alpha: true));
        File.WriteAllText(Path.Combine(data, "figures", "notes.png"), "not an image");
        Services.AddSingleton(Options.Create(new StorageOptions { DataDirectory = data }));
        Services.AddSingleton(Options.Create(new SeedOptions { ListPath = Path.Combine(data, "no-seed", "list.md") }));
        Services.AddSingleton(Options.Create(new FigureOptions()));
        Services.AddSingleton(new CatalogReader(catalog));
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddFigureSizes();
    }

    private string Url(int width, string format) => $"/figures/{FigureChecks.HashOf(wide)}/{width}/images/wide.png.{format}";

    private IRenderedComponent<FigureImage> RenderFigure(Action<ComponentParameterCollectionBuilder<FigureImage>> parameters)
    {
        var cut = Render(parameters);
        cut.WaitForState(() => cut.Instance.IsDescribed, TimeSpan.FromSeconds(10));
        return cut;
    }

    [Fact]
    public void ShouldWriteAThumbnailWithWebPFirstAndItsSizeSoNothingMovesWhenItLoads()
    {
        var cut = RenderFigure(p => p.Add(x => x.Path, "./images/wide.png").Add(x => x.Alt, "Overview of the method"));

        var source = cut.Find("picture > source");
        var img = cut.Find("picture > img");
        Assert.Equal("image/webp", source.GetAttribute("type"));
        Assert.Equal($"{Url(160, "webp")} 160w, {Url(320, "webp")} 320w", source.GetAttribute("srcset"));
        Assert.Equal($"{Url(160, "jpg")} 160w, {Url(320, "jpg")} 320w", img.GetAttribute("srcset"));
        Assert.Equal(Url(160, "jpg"), img.GetAttribute("src"));
        Assert.Equal(("160", "90"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("160px", img.GetAttribute("sizes"));
        Assert.Equal("Overview of the method", img.GetAttribute("alt"));
        Assert.Equal(("lazy", "async"), (img.GetAttribute("loading"), img.GetAttribute("decoding")));
        Assert.Null(img.GetAttribute("fetchpriority"));
        Assert.Empty(cut.FindAll("a"));
    }

    [Fact]
    public void ShouldLoadAFigureOfTheFirstScreenAtOnce()
    {
        var cut = RenderFigure(p => p.Add(x => x.Path, "./images/wide.png").Add(x => x.Alt, "").Add(x => x.Eager, true)
            .Add(x => x.Size, FigureSize.Medium).Add(x => x.Sizes, "50vw"));

        var img = cut.Find("img");
        Assert.Equal(("eager", "high"), (img.GetAttribute("loading"), img.GetAttribute("fetchpriority")));
        Assert.Equal("50vw", img.GetAttribute("sizes"));
        Assert.Equal(("1280", "720"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("", img.GetAttribute("alt"));
    }

    [Fact]
    public void ShouldLinkToTheOriginalWhenAsked()
    {
        var cut = RenderFigure(p => p.Add(x => x.Path, "./images/wide.png").Add(x => x.Alt, "x").Add(x => x.LinkToOriginal, true));

        Assert.Equal("/figures/wide.png", cut.Find("a > picture").ParentElement!.GetAttribute("href"));
    }

    [Fact]
    public void ShouldNeverEnlargeASmallFigureAndKeepItsTransparency()
    {
        var cut = RenderFigure(p => p.Add(x => x.Path, "./images/small.png").Add(x => x.Alt, "x").Add(x => x.Size, FigureSize.Medium));

        var img = cut.Find("img");
        Assert.EndsWith("/120/images/small.png.png 120w", img.GetAttribute("srcset"));
        Assert.Equal(("120", "90"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public void ShouldShowAFigureThatCannotBeResizedAsItIs()
    {
        var cut = RenderFigure(p => p.Add(x => x.Path, "./images/notes.png").Add(x => x.Alt, "Notes").Add(x => x.LinkToOriginal, true));

        Assert.Empty(cut.FindAll("picture"));
        var img = cut.Find("a > img");
        Assert.Equal("/figures/notes.png", img.GetAttribute("src"));
        Assert.Null(img.GetAttribute("srcset"));
    }

    [Fact]
    public void ShouldShowNothingForAMissingFigure()
    {
        var cut = RenderFigure(p => p.Add(x => x.Path, "./images/missing.png").Add(x => x.Alt, "x").Add(x => x.LinkToOriginal, true));

        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public void ShouldEncodeTheAltText()
    {
        var cut = RenderFigure(p => p.Add(x => x.Path, "./images/wide.png").Add(x => x.Alt, "\"><script>alert(1)</script>"));

        Assert.Empty(cut.FindAll("script"));
        Assert.Equal("\"><script>alert(1)</script>", cut.Find("img").GetAttribute("alt"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        catalog.Dispose();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }
}
