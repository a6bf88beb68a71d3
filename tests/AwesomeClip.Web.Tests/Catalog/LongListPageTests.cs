using System.Net;
using AwesomeClip.Web.Tests.TestSupport;
using static AwesomeClip.Web.Tests.TestSupport.LongListApp;

namespace AwesomeClip.Web.Tests.Catalog;

/// <summary>A list longer than a page of <c>/papers</c> (100 papers): pages with their own URLs, headings and links.</summary>
public sealed class LongListPageTests(LongListApp app) : IClassFixture<LongListApp>
{
    [Fact]
    public async Task ShouldShowTheFirstHundredPapersAndLinkTheNextPage()
    {
        var page = await Html.GetAsync(app.Client, "/papers");

        var titles = page.Texts(".paper-title");
        Assert.Equal(100, titles.Count);
        Assert.Equal(Title("Train", 2020, 1), titles[0]);
        Assert.Equal(Title("Train", 2021, 10), titles[^1]);
        Assert.Equal($"Showing 1–100 of {Total} papers", page.QuerySelector("main .lede")!.Text());
        Assert.Null(page.QuerySelector("a[rel=prev]"));
        Assert.Equal("/papers?page=2", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("page", page.QuerySelector(".list-pager [aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task ShouldShowTheNextPapersOnPageTwoUnderARepeatedYearHeading()
    {
        var page = await Html.GetAsync(app.Client, "/papers?page=2");

        var titles = page.Texts(".paper-title");
        Assert.Equal(Title("Train", 2021, 11), titles[0]);
        Assert.Equal(Title("Train", 2022, 30), titles[^1]);
        Assert.Equal(100, titles.Count);
        Assert.Equal(["2021", "2022"], page.Texts(".year-heading"));
        Assert.Equal(["Train"], page.Texts(".category-section h2"));
        Assert.Equal($"Showing 101–200 of {Total} papers", page.QuerySelector("main .lede")!.Text());
        Assert.Equal("/papers", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/papers?page=3", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ShouldEndOnTheLastPageWithTheNextCategorysHeading()
    {
        var page = await Html.GetAsync(app.Client, "/papers?page=3");

        Assert.Equal(Total - 200, page.QuerySelectorAll(".paper-title").Length);
        Assert.Equal(["Train", "Video"], page.Texts(".category-section h2"));
        Assert.Null(page.QuerySelector("a[rel=next]"));
        Assert.Equal("/papers?page=2", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ShouldKeepTheCategoryAndYearInThePagesLinks()
    {
        var page = await Html.GetAsync(app.Client, "/papers?category=train&page=2");

        Assert.Equal("/papers?category=train&page=3", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/papers?category=train", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        var year = await Html.GetAsync(app.Client, "/papers?year=2020");
        Assert.Null(year.QuerySelector(".list-pager"));
        Assert.Equal($"{Train2020} papers from 2020", year.QuerySelector("main .lede")!.Text());
    }

    [Theory]
    [InlineData("/papers?page=4")]
    [InlineData("/papers?category=video&page=2")]
    [InlineData("/papers?page=0")]
    [InlineData("/papers?page=-1")]
    [InlineData("/papers?page=two")]
    [InlineData("/papers?page=1.5")]
    public async Task ShouldAnswerNotFoundForAPageThatIsNotThere(string url)
    {
        var response = await app.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("No such page", page.QuerySelector(".not-found h1")!.Text());
        Assert.Empty(page.QuerySelectorAll(".paper-title"));
    }

    [Fact]
    public async Task ShouldCacheEachPageOnItsOwn()
    {
        // Twice each, so the second answers come from the output cache.
        foreach (var _ in new[] { 1, 2 })
        {
            var second = await Html.GetAsync(app.Client, "/papers?page=2");
            var third = await Html.GetAsync(app.Client, "/papers?page=3");
            var first = await Html.GetAsync(app.Client, "/papers?page=1");

            Assert.Equal(Title("Train", 2021, 11), second.QuerySelector(".paper-title")!.Text());
            Assert.Equal(Title("Train", 2022, 31), third.QuerySelector(".paper-title")!.Text());
            Assert.Equal(Title("Train", 2020, 1), first.QuerySelector(".paper-title")!.Text());
        }
    }

    [Fact]
    public async Task ShouldLoadOnlyTheFirstRowsThumbnailsAtOnce()
    {
        var page = await Html.GetAsync(app.Client, "/papers?page=2");

        var loading = page.QuerySelectorAll(".row-figure img").Select(i => i.GetAttribute("loading")).ToList();
        Assert.Equal(100, loading.Count);
        Assert.Equal(["eager", "eager", "eager"], loading.Take(3));
        Assert.All(loading.Skip(3), l => Assert.Equal("lazy", l));
    }
}
