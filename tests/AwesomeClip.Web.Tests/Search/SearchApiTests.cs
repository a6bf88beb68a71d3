using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Search;

public sealed class SearchApiTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task ShouldFindChineseQueriesWithHighlightsAndFacets()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/search?q=%E8%92%B8%E9%A6%8F", cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(body.GetProperty("total").GetInt32() >= 5);
        var first = body.GetProperty("hits")[0];
        Assert.Equal("CLIP-KD: An Empirical Study of CLIP Model Distillation", first.GetProperty("title").GetString());
        Assert.Contains("<mark>蒸馏</mark>", first.GetProperty("highlights").GetProperty("abstract").GetString());
        Assert.Equal("distillation", first.GetProperty("category").GetProperty("slug").GetString());
        Assert.True(first.GetProperty("score").GetSingle() > 0);
        Assert.Contains(body.GetProperty("facets").GetProperty("categories").EnumerateArray(), c => c.GetProperty("slug").GetString() == "distillation");
        Assert.NotEmpty(body.GetProperty("facets").GetProperty("years").EnumerateArray());
    }

    [Fact]
    public async Task ShouldFilterByCategoriesYearsAndCode()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/search?q=CLIP&category=video&category=segmentation&yearFrom=2023&yearTo=2024&hasCode=true&sort=newest&pageSize=100", cancellationToken: TestContext.Current.CancellationToken);

        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h =>
        {
            Assert.Contains(h.GetProperty("category").GetProperty("slug").GetString(), new[] { "video", "segmentation" });
            Assert.InRange(h.GetProperty("year").GetInt32(), 2023, 2024);
        });
        var years = hits.Select(h => h.GetProperty("year").GetInt32()).ToList();
        Assert.Equal(years.OrderByDescending(y => y), years);
    }

    [Fact]
    public async Task ShouldWriteBibTexForAResultPageInResultOrder()
    {
        var response = await client.GetAsync("/api/search/bibtex?q=%E8%92%B8%E9%A6%8F&pageSize=3", TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/x-bibtex", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, text.Split("\n@", StringSplitOptions.None).Length);
        Assert.StartsWith("@", text.TrimStart());
        Assert.Contains("CLIP-KD", text[..text.IndexOf("\n@", StringComparison.Ordinal)]);
    }

    [Theory]
    [InlineData("yearFrom=abc")]
    [InlineData("page=0")]
    [InlineData("pageSize=1000")]
    [InlineData("sort=sideways")]
    [InlineData("sort=1")]
    [InlineData("hasCode=maybe")]
    public async Task ShouldAnswerBadParametersWith400(string query)
    {
        var response = await client.GetAsync("/api/search?q=clip&" + query, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"unbalanced", "((((", "AND", "OR OR", "-", "*", "*foo", "/[ab]*a[ab]{17}/", "\u0001\u0002\u0007",
        string.Join(" OR ", Enumerable.Range(0, 2000).Select(i => $"t{i}")), new string('蒸', 10_000), "<script>alert(1)</script>",
        "%00", "title:foo~2^10", "\\", "\uD800",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task ShouldAnswerAnyQueryWithResultsOrNone(string q)
    {
        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(body.GetProperty("total").GetInt32() >= 0);
    }
}
