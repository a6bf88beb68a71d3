using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Api;

public sealed class CatalogApiTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task ShouldListEveryCategoryInListOrderWithCounts()
    {
        var categories = await client.GetFromJsonAsync<JsonElement[]>("/api/categories", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(categories);
        var stored = await app.Factory.CategoriesAsync();
        Assert.Equal(stored, categories.Select(c => (c.GetProperty("slug").GetString()!, c.GetProperty("count").GetInt32())));
        Assert.Equal(["train", "improvement-innovation", "data"], categories.Take(3).Select(c => c.GetProperty("slug").GetString()));
        Assert.Equal(await app.Factory.PapersAsync(), categories.Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal(Enumerable.Range(0, stored.Count), categories.Select(c => c.GetProperty("order").GetInt32()));
        Assert.Equal("Zero-Shot & Few-Shot & Classification", categories[5].GetProperty("name").GetString());
    }

    [Fact]
    public async Task ShouldPageThroughAllPapers()
    {
        const int pageSize = 50;
        var stored = await app.Factory.PaperIdsAsync();
        var pages = (stored.Count + pageSize - 1) / pageSize;
        Assert.True(pages > 1, "the catalog fills more than one page");
        var ids = new List<int>();
        for (var page = 1; page <= pages + 1; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"/api/papers?page={page}&pageSize={pageSize}", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(stored.Count, body.GetProperty("total").GetInt32());
            Assert.Equal(page, body.GetProperty("page").GetInt32());
            var items = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
            Assert.Equal(Math.Clamp(stored.Count - (page - 1) * pageSize, 0, pageSize), items.Count); // full pages, the rest, then none
            ids.AddRange(items);
        }
        Assert.Equal(stored, ids.Order());
    }

    [Fact]
    public async Task ShouldFilterByCategoryAndYear()
    {
        var body = await client.GetFromJsonAsync<JsonElement>("/api/papers?category=segmentation&year=2023&pageSize=200", cancellationToken: TestContext.Current.CancellationToken);
        var items = body.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(body.GetProperty("total").GetInt32(), items.Count);
        Assert.NotEmpty(items);
        Assert.All(items, i =>
        {
            Assert.Equal(2023, i.GetProperty("year").GetInt32());
            Assert.Equal("segmentation", i.GetProperty("category").GetProperty("slug").GetString());
        });
    }

    [Fact]
    public async Task ShouldReturnAPaperWithEveryField()
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/papers?category=train&year=2022", cancellationToken: TestContext.Current.CancellationToken);
        var id = page.GetProperty("items")[0].GetProperty("id").GetInt32();
        var paper = await client.GetFromJsonAsync<JsonElement>($"/api/papers/{id}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("SUPERVISION EXISTS EVERYWHERE: A DATA EFFICIENT CONTRASTIVE LANGUAGE-IMAGE PRE-TRAINING PARADIGM", paper.GetProperty("title").GetString());
        Assert.Equal(2022, paper.GetProperty("year").GetInt32());
        Assert.Equal("Train", paper.GetProperty("category").GetProperty("name").GetString());
        Assert.StartsWith("本文提出一种创新的CLIP训练方式", paper.GetProperty("abstract").GetString());
        Assert.StartsWith("Nearest-Neighbor Supervision", paper.GetProperty("commentary").GetString());
        Assert.Equal("Sense-GVT/DeCLIP", paper.GetProperty("githubRepo").GetString());
        Assert.Equal("2110.05208", paper.GetProperty("arxivId").GetString());
        Assert.Equal("/figures/DeCLIP.png", paper.GetProperty("figureUrl").GetString());
        Assert.Equal(25, paper.GetProperty("sourceLine").GetInt32());
        var links = paper.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(["github", "paper"], links.Select(l => l.GetProperty("kind").GetString()));
        Assert.Equal(["Github", "Paper"], links.Select(l => l.GetProperty("label").GetString()));
        Assert.Equal("https://arxiv.org/pdf/2110.05208", links[1].GetProperty("url").GetString());

        var figure = await client.GetAsync(paper.GetProperty("figureUrl").GetString(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, figure.StatusCode);
        Assert.Equal("image/png", figure.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/papers/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/papers/abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/papers/-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/papers?year=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/papers?page=-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/papers?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/papers?pageSize=100000", HttpStatusCode.BadRequest)]
    [InlineData("/api/papers?pageSize=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/papers?page=99999999999999999999", HttpStatusCode.BadRequest)]
    [InlineData("/api/papers?category=no-such-thing", HttpStatusCode.BadRequest)]
    [InlineData("/api/no-such-endpoint", HttpStatusCode.NotFound)]
    public async Task ShouldAnswerBadRequestsWithAJsonProblem(string url, HttpStatusCode expected)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task ShouldSayWhichParameterIsWrong()
    {
        var response = await client.GetAsync("/api/papers?year=abc&pageSize=100000", TestContext.Current.CancellationToken);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        var errors = problem.GetProperty("errors");

        Assert.Contains("not a whole number", errors.GetProperty("year")[0].GetString());
        Assert.Contains("between 1 and 200", errors.GetProperty("pageSize")[0].GetString());
    }
}
