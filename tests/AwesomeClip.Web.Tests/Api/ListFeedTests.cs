using System.Xml.Linq;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Api;

/// <summary>The Atom feeds of a list that is not Awesome-CLIP (<see cref="TestLists.Bullets"/>), with sections nested in groups.</summary>
public sealed class ListFeedTests(BulletListApp app) : IClassFixture<BulletListApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task ShouldFeedASubSectionsPapers()
    {
        var feed = await FeedAsync("/categories/language-generation/feed.atom");

        Assert.Equal(["Stories from Tokens"], Titles(feed));
    }

    [Fact]
    public async Task ShouldFeedEveryPaperOfTheList()
    {
        var feed = await FeedAsync("/feed.atom");

        Assert.Equal(6, Titles(feed).Count);
    }

    [Fact]
    public async Task ShouldFeedAGroupsSectionsPapers()
    {
        var feed = await FeedAsync("/categories/vision/feed.atom");

        Assert.Equal(4, Titles(feed).Count);
    }

    [Fact]
    public async Task ShouldNameTheFeedAfterTheImportedList()
    {
        var feed = await FeedAsync("/feed.atom");

        Assert.Contains("Awesome Tiny Vision", feed.Root!.Element(Atom + "title")!.Value);
        Assert.DoesNotContain("Awesome-CLIP", feed.ToString());
    }

    private async Task<XDocument> FeedAsync(string url)
    {
        var response = await app.Client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Titles(XDocument feed) => [.. feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value)];
}
