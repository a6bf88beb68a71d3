using System.Net;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Catalog;

public sealed class PageTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task ShouldShowEveryCategoryWithItsCountOnTheHomePage()
    {
        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        var (first, last) = await app.Factory.YearsAsync();
        var categories = (await app.Factory.CategoriesAsync()).Count(c => c.Papers > 0);
        Assert.Contains($"{await app.Factory.PapersAsync()} papers in {categories} categories, {first}–{last}", html);
        Assert.Contains("Zero-Shot &amp; Few-Shot &amp; Classification", html);
        Assert.Contains("href=\"/papers?category=segmentation\"", html);
        Assert.Contains("Newest additions", html);
        Assert.Contains("href=\"/papers?year=2021\"", html);
    }

    [Fact]
    public async Task ShouldCombineCategoryAndYearFilters()
    {
        var html = await client.GetStringAsync("/papers?category=video&year=2023", TestContext.Current.CancellationToken);

        // The rows' titles: a curator's note shown in a row may name a paper of another year.
        var titles = Html.Parse(html).Texts(".paper-title");
        Assert.Contains("<h1>Video</h1>", html);
        Assert.Contains("Fine-tuned CLIP Models are Efficient Video Learners", titles);
        Assert.DoesNotContain("Frozen CLIP Models are Efficient Video Learners", titles); // 2022
        Assert.DoesNotContain(titles, t => t.Contains("FROSTER", StringComparison.Ordinal)); // 2024
    }

    [Fact]
    public async Task ShouldGroupACategoryByYearLikeTheList()
    {
        var html = await client.GetStringAsync("/papers?category=video", TestContext.Current.CancellationToken);

        var y2022 = html.IndexOf(">2022</h3>", StringComparison.Ordinal);
        var y2023 = html.IndexOf(">2023</h3>", StringComparison.Ordinal);
        var y2024 = html.IndexOf(">2024</h3>", StringComparison.Ordinal);
        Assert.True(y2022 > 0 && y2022 < y2023 && y2023 < y2024);
        Assert.InRange(html.IndexOf("Frozen CLIP Models are Efficient Video Learners", StringComparison.Ordinal), y2022, y2023);
    }

    [Fact]
    public async Task ShouldAnswer404ForAnUnknownCategory()
    {
        var response = await client.GetAsync("/papers?category=no-such-category", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No such category", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldShowAPaperWithNoteFigureAndLinks()
    {
        var list = await client.GetStringAsync("/papers?category=train&year=2022", TestContext.Current.CancellationToken);
        var id = System.Text.RegularExpressions.Regex.Match(list, "href=\"/papers/(\\d+)\"").Groups[1].Value;
        var html = await client.GetStringAsync($"/papers/{id}", TestContext.Current.CancellationToken);

        Assert.Contains("SUPERVISION EXISTS EVERYWHERE", html);
        Assert.Contains("class=\"commentary\"", html);
        Assert.Contains("Nearest-Neighbor Supervision", html);
        Assert.Contains("href=\"/figures/DeCLIP.png\"", html); // the original, around its medium size
        Assert.Contains("/images/DeCLIP.png.webp 480w", html);
        Assert.Contains("href=\"https://github.com/Sense-GVT/DeCLIP\"", html);
        Assert.Contains("href=\"https://arxiv.org/pdf/2110.05208\"", html);
        Assert.Contains(">2110.05208<", html);
    }

    [Theory]
    [InlineData("/papers/999999")]
    [InlineData("/papers/not-a-number")]
    [InlineData("/no/such/page")]
    public async Task ShouldAnswer404WithAHelpfulPage(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("href=\"/papers\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldIgnoreAYearThatIsNotANumber()
    {
        var response = await client.GetAsync("/papers?year=abc", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{await app.Factory.PapersAsync()} papers", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
