using System.Net;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Search;

public sealed class SearchPageTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task ShouldRenderResultsWithoutALiveConnection()
    {
        var html = await client.GetStringAsync("/search?q=segmantation", TestContext.Current.CancellationToken);

        Assert.Contains("value=\"segmantation\"", html);
        Assert.Contains("<mark>", html);
        Assert.Contains("Segmentation", html);
        Assert.Contains("action=\"/search\" method=\"get\"", html);
    }

    [Fact]
    public async Task ShouldOfferFacetsAsShareableLinks()
    {
        var html = await client.GetStringAsync("/search?q=CLIP", TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/search?q=CLIP&amp;category=segmentation\"", html);
        Assert.Contains("href=\"/search?q=CLIP&amp;year=2024\"", html);
        Assert.Contains("href=\"/search?q=CLIP&amp;hasCode=true\"", html);
    }

    [Fact]
    public async Task ShouldKeepFiltersFromASharedUrl()
    {
        var html = await client.GetStringAsync("/search?q=CLIP&category=video&year=2023", TestContext.Current.CancellationToken);

        Assert.Contains("2 papers", html);
        Assert.Contains("<input type=\"hidden\" name=\"category\" value=\"video\"", html);
    }

    [Fact]
    public async Task ShouldSuggestWhatToTryWhenNothingMatches()
    {
        var html = await client.GetStringAsync("/search?q=zzzxxyqq", TestContext.Current.CancellationToken);

        Assert.Contains("No papers found", html);
        Assert.Contains("browse every paper", html);
        Assert.NotNull(Html.Parse(html).QuerySelector(".no-results a[href='/suggest']"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    public async Task ShouldEncodeTheQueryEverywhere(string q)
    {
        var html = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public async Task ShouldIgnoreJunkParametersOnThePage()
    {
        var response = await client.GetAsync("/search?q=clip&page=abc&year=99999&sort=zz", TestContext.Current.CancellationToken);
        var clean = await client.GetStringAsync("/search?q=clip", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hits = PaperLinks(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(hits);
        Assert.Equal(PaperLinks(clean), hits);
    }

    [Fact]
    public async Task ShouldShowRelatedPapersOnAPaperPage()
    {
        var html = await client.GetStringAsync("/papers/31", TestContext.Current.CancellationToken);

        Assert.Contains("Related papers", html);
    }

    private static List<string> PaperLinks(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "href=\"/papers/(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
}
