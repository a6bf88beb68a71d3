using System.Xml.Linq;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Reading;
using AwesomeClip.Web.Discovery;

namespace AwesomeClip.Web.Tests.Discovery;

/// <summary>The sitemap protocol allows 50,000 URLs a file: a larger catalog is an index of parts.</summary>
public sealed class SitemapPartsTests
{
    private static readonly Uri Base = new("https://clip.example.org/");

    [Fact]
    public void ShouldSplitALargeCatalogIntoPartsOfAtMostFiftyThousandUrls()
    {
        var categories = new[] { new CategorySummary(1, "vision", "Vision", 0, 120_000) };
        var papers = Enumerable.Range(1, 120_000).Select(i => new PaperStamp(i, 1, 2020 + (i % 4), DateTime.UnixEpoch.AddDays(i))).ToList();

        var sitemap = Sitemap.Of(categories, papers);

        Assert.Equal(3, sitemap.Parts);
        Assert.Equal(sitemap.Entries.Count, Enumerable.Range(1, sitemap.Parts).Sum(p => sitemap.Part(p).Count()));
        Assert.All(Enumerable.Range(1, sitemap.Parts), p => Assert.True(sitemap.Part(p).Count() <= Sitemap.PartSize));
        var index = XDocument.Parse(SitemapXml.Index(Base, sitemap));
        Assert.Equal(
            ["https://clip.example.org/sitemap-1.xml", "https://clip.example.org/sitemap-2.xml", "https://clip.example.org/sitemap-3.xml"],
            index.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value));
    }

    [Fact]
    public void ShouldCountAPaperForItsSectionAndEverySectionAboveIt()
    {
        var categories = new[]
        {
            new CategorySummary(1, "vision", "Vision", 0, 0),
            new CategorySummary(2, "generation", "Generation", 1, 1) { ParentId = 1 },
            new CategorySummary(3, "empty", "Empty", 2, 0),
        };

        var paths = Sitemap.Of(categories, [new PaperStamp(7, 2, 2023, DateTime.UnixEpoch)]).Entries.Select(e => e.Path).ToList();

        Assert.Contains("papers?category=vision", paths);
        Assert.Contains("papers?category=vision&year=2023", paths);
        Assert.Contains("papers?category=generation&year=2023", paths);
        Assert.DoesNotContain("papers?category=empty", paths);
        Assert.Contains("papers/7", paths);
    }

    [Fact]
    public void ShouldListEveryPageOfALongList()
    {
        var categories = new[] { new CategorySummary(1, "vision", "Vision", 0, 250) };
        var papers = Enumerable.Range(1, 250).Select(i => new PaperStamp(i, 1, 2023, DateTime.UnixEpoch)).ToList();

        var paths = Sitemap.Of(categories, papers).Entries.Select(e => e.Path).ToList();

        Assert.Contains("papers?category=vision", paths);
        Assert.Contains("papers?category=vision&page=2", paths);
        Assert.Contains("papers?category=vision&page=3", paths);
        Assert.DoesNotContain("papers?category=vision&page=4", paths);
        Assert.Contains("papers?page=3", paths);
        Assert.Contains("papers?category=vision&year=2023&page=3", paths);
    }

    [Fact]
    public void ShouldWriteXmlThatDeclaresUtf8AndEscapesItsUrls()
    {
        var xml = SitemapXml.UrlSet(Base, [new SitemapEntry("papers?category=a&year=2023", null)]);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml, StringComparison.Ordinal);
        Assert.Contains("papers?category=a&amp;year=2023", xml, StringComparison.Ordinal);
        Assert.Equal("https://clip.example.org/papers?category=a&year=2023", XDocument.Parse(xml).Descendants().Single(e => e.Name.LocalName == "loc").Value);
    }
}
