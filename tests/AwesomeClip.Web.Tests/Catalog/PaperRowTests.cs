using AwesomeClip.Core.Catalog;
using AwesomeClip.Web.Catalog;

namespace AwesomeClip.Web.Tests.Catalog;

public sealed class PaperRowTests : BunitContext
{
    private static PaperSummary Paper(string title) =>
        new(7, title, 2023, new CategoryRef("video", "Video"), "owner/repo", "2301.00001", "x.png", HasCode: true, DateTime.UtcNow);

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
}
