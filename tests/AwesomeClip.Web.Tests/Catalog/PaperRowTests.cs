using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Catalog;
using AwesomeClip.Web.Figures;
using AwesomeClip.Web.Storage;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.Catalog;

/// <summary>A paper in a list: the facts of the compact row, and the figure, abstract, note and links of the detailed one.</summary>
public sealed class PaperRowTests : BunitContext
{
    private readonly TestCatalog catalog = new();
    private readonly string data = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"));

    public PaperRowTests()
    {
        Directory.CreateDirectory(Path.Combine(data, "figures"));
        File.WriteAllBytes(Path.Combine(data, "figures", "wide.png"), TestImages.Png(1600, 900));
        Services.AddSingleton(Options.Create(new StorageOptions { DataDirectory = data }));
        Services.AddSingleton(Options.Create(new SeedOptions { ListPath = Path.Combine(data, "no-seed", "list.md") }));
        Services.AddSingleton(Options.Create(new FigureOptions()));
        Services.AddSingleton(new CatalogReader(catalog));
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddFigureSizes();
        Services.AddLocalization();
    }

    private static PaperSummary Paper(string title) =>
        new(7, title, 2023, new CategoryRef("video", "Video"), "owner/repo", "2301.00001", "x.png", HasCode: true, DateTime.UtcNow);

    private static PaperSummary Detailed() => Paper("CLIP-ViP") with
    {
        FigurePath = "./images/wide.png",
        AbstractExcerpt = TextExcerpt.Of(string.Concat(Enumerable.Repeat("视频和语言的对齐. ", 40)), TextExcerpt.AbstractLength),
        NoteExcerpt = "建议食用",
        Links =
        [
            new LinkView(LinkKind.Github, "Github", "https://github.com/owner/repo"),
            new LinkView(LinkKind.Paper, "Paper", "https://arxiv.org/pdf/2301.00001"),
            new LinkView(LinkKind.Project, "Homepage", "https://example.org/clip-vip"),
        ],
    };

    private IRenderedComponent<PaperRow> RenderRow(PaperSummary paper, bool eager = false)
    {
        var cut = Render<PaperRow>(p => p.Add(x => x.Paper, paper).Add(x => x.Eager, eager));
        cut.WaitForState(() => cut.FindComponents<FigureImage>().All(f => f.Instance.IsDescribed), TimeSpan.FromSeconds(10));
        return cut;
    }

    [Fact]
    public void ShouldLinkToThePaperAndShowItsFacts()
    {
        var cut = Render<PaperRow>(p => p.Add(x => x.Paper, Paper("CLIP-ViP")).Add(x => x.ShowCategory, true));

        Assert.Equal("/papers/7", cut.Find("a.paper-title").GetAttribute("href"));
        Assert.Contains("2023", cut.Markup);
        Assert.Contains("owner/repo", cut.Markup);
        Assert.Equal("/papers?category=video", cut.Find(".paper-meta a").GetAttribute("href"));
        Assert.NotNull(cut.Find(".badge"));
    }

    [Fact]
    public void ShouldEncodeMarkupInTitles()
    {
        var cut = Render<PaperRow>(p => p.Add(x => x.Paper, Paper("<script>alert(1)</script>")));

        Assert.Empty(cut.FindAll("script"));
        Assert.Equal("<script>alert(1)</script>", cut.Find("a.paper-title").TextContent);
    }

    [Fact]
    public void ShouldShowADecorativeThumbnailOfItsOwnSizeLazilyUnlessEager()
    {
        var lazy = RenderRow(Detailed());
        var eager = RenderRow(Detailed(), eager: true);

        var img = lazy.Find(".row-figure picture > img");
        Assert.Equal(("160", "90"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("eager", eager.Find(".row-figure img").GetAttribute("loading"));
        Assert.Contains("has-figure", lazy.Find("article").ClassList);
        Assert.Contains("detail", lazy.Find(".row-figure").ClassList);
    }

    [Fact]
    public void ShouldShowTheCutBeginningOfTheAbstract()
    {
        var cut = RenderRow(Detailed());

        var excerpt = cut.Find("p.paper-excerpt.detail").TextContent;
        Assert.StartsWith("视频和语言的对齐.", excerpt);
        Assert.EndsWith("…", excerpt);
        Assert.True(excerpt.Length <= TextExcerpt.AbstractLength + 1, excerpt);
    }

    [Fact]
    public void ShouldMarkTheCuratorsNoteWithTextNotOnlyAnEmoji()
    {
        var cut = RenderRow(Detailed());

        var note = cut.Find(".paper-note.detail");
        Assert.Equal("Note", note.QuerySelector(".note-badge")!.FirstChild!.TextContent);
        Assert.Equal(" from the curator:", note.QuerySelector(".note-badge .visually-hidden")!.TextContent);
        Assert.Equal("建议食用", note.QuerySelector(".note-text")!.TextContent.Trim());
        Assert.DoesNotContain("🧟", note.TextContent);
    }

    [Fact]
    public void ShouldOfferCodePaperAndProjectLinksNamedAfterThePaper()
    {
        var cut = RenderRow(Detailed());

        var links = cut.FindAll(".paper-links.detail a.row-link");
        Assert.Equal(["https://github.com/owner/repo", "https://arxiv.org/pdf/2301.00001", "https://example.org/clip-vip"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Code of CLIP-ViP", "Paper of CLIP-ViP", "Project of CLIP-ViP"], links.Select(a => Normalized(a.TextContent)));
    }

    [Fact]
    public void ShouldLinkTheRepositoryAndArxivWhenTheListGivesNoSuchLinks()
    {
        var cut = RenderRow(Paper("Bare"));

        Assert.Equal(["https://github.com/owner/repo", "https://arxiv.org/abs/2301.00001"], cut.FindAll("a.row-link").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void ShouldShowOnlyTheCompactRowForAPaperWithoutFigureAbstractOrNote()
    {
        var cut = RenderRow(Paper("Bare") with { GithubRepo = null, ArxivId = null });

        Assert.Empty(cut.FindAll(".detail"));
        Assert.DoesNotContain("has-figure", cut.Find("article").ClassList);
        Assert.Equal("Bare", cut.Find("a.paper-title").TextContent);
        Assert.NotNull(cut.Find(".paper-meta"));
    }

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        catalog.Dispose();
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }
}
