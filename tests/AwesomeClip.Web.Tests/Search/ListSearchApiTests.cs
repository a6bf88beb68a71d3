using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Search;

/// <summary><c>/api/search</c> over <see cref="TestLists.Bullets"/>: authors, venues (filter and facet) and the category tree.</summary>
public sealed class ListSearchApiTests(BulletListApp app) : IClassFixture<BulletListApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task ShouldFilterByAVenuesShortName()
    {
        var body = await SearchAsync("venue=CVPR");

        var hit = Assert.Single(body.GetProperty("hits").EnumerateArray());
        Assert.Equal("Tiny Boxes Everywhere", hit.GetProperty("title").GetString());
        Assert.Equal("Ada Lovelace, Grace Hopper", hit.GetProperty("authors").GetString());
        Assert.Equal("CVPR", hit.GetProperty("venue").GetProperty("short").GetString());
        Assert.Equal("2021", hit.GetProperty("date").GetString());
        Assert.Equal(1, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("venue=cvpr&venue=acl")]
    [InlineData("venue=CVPR,ACL")]
    [InlineData("venue=%20CVPR%20,%20ACL%20")]
    public async Task ShouldMatchAnyOfSeveralVenuesInAnyCase(string query)
    {
        var body = await SearchAsync(query);

        Assert.Equal(["Tiny Boxes Everywhere", "Words in Context"], Titles(body).Order());
    }

    [Theory]
    [InlineData("NIPS")]
    [InlineData("NeurIPS")]
    [InlineData("Neural Information Processing Systems")]
    public async Task ShouldFilterByAnySpellingOfAVenue(string venue)
    {
        var body = await SearchAsync("venue=" + Uri.EscapeDataString(venue));

        Assert.Equal(["Painting with Noise"], Titles(body));
    }

    [Fact]
    public async Task ShouldCountEveryVenueInTheFacetByShortName()
    {
        var body = await SearchAsync("q=");

        Assert.Equal(
            [("ACL", 1), ("CVPR", 1), ("EMNLP", 1), ("NeurIPS", 1), ("TPAMI", 1), ("arXiv", 1)],
            Venues(body));
    }

    [Fact]
    public async Task ShouldCountTheVenuesOfTheOtherFiltersResults()
    {
        var body = await SearchAsync("category=detection");

        Assert.Equal([("CVPR", 1), ("arXiv", 1)], Venues(body));
    }

    [Fact]
    public async Task ShouldKeepOfferingTheOtherVenuesWhileOneIsChosen()
    {
        // A venue facet is a choice among venues: choosing CVPR narrows the hits, not the venues one can add.
        var body = await SearchAsync("venue=CVPR");

        Assert.Contains(("ACL", 1), Venues(body));
        Assert.Contains(("CVPR", 1), Venues(body));
        Assert.Equal([("detection", 1)], body.GetProperty("facets").GetProperty("categories").EnumerateArray()
            .Select(c => (c.GetProperty("slug").GetString(), c.GetProperty("count").GetInt32())));
    }

    [Fact]
    public async Task ShouldAnswerAVenueNoPaperHasWithNoHits()
    {
        var body = await SearchAsync("venue=SIGGRAPH");

        Assert.Equal(0, body.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("Liskov", "Painting with Noise")]
    [InlineData("Grace Hopper", "Tiny Boxes Everywhere")]
    [InlineData("\"Margaret Hamilton\"", "Stories from Tokens")]
    [InlineData("turing", "Boxes at Scale")]
    public async Task ShouldFindAPaperByAnAuthorsName(string q, string title)
    {
        var body = await SearchAsync("q=" + Uri.EscapeDataString(q));

        Assert.Equal([title], Titles(body));
        Assert.Contains(q.Trim('"').Split(' ')[^1], body.GetProperty("hits")[0].GetProperty("authors").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldFindAPaperByItsVenueInTheQuery()
    {
        var body = await SearchAsync("q=TPAMI");

        Assert.Equal(["Pixels in Order"], Titles(body));
    }

    [Fact]
    public async Task ShouldCombineTheVenueFilterWithTheQuery()
    {
        Assert.Equal(["Tiny Boxes Everywhere"], Titles(await SearchAsync("q=Lovelace&venue=CVPR")));
        Assert.Empty(Titles(await SearchAsync("q=Lovelace&venue=ACL")));
    }

    [Fact]
    public async Task ShouldSearchAGroupsSubSectionsWhenFilteredByTheGroup()
    {
        var body = await SearchAsync("category=vision&pageSize=100");

        Assert.Equal(["Boxes at Scale", "Painting with Noise", "Pixels in Order", "Tiny Boxes Everywhere"], Titles(body).Order());
    }

    [Theory]
    [InlineData("category=no-such-section", "category", "no-such-section")]
    [InlineData("category=detection&category=nope", "category", "nope")]
    [InlineData("category=detection,nope", "category", "nope")]
    public async Task ShouldRefuseAnUnknownCategoryWithAProblemNamingIt(string query, string parameter, string named)
    {
        var problem = await ProblemAsync("/api/search?" + query);

        var message = problem.GetProperty("errors").GetProperty(parameter)[0].GetString();
        Assert.Contains(named, message);
        Assert.Contains("GET /api/categories", message);
    }

    [Fact]
    public async Task ShouldRefuseAVenueLongerThanAnyVenueInsteadOfIgnoringIt()
    {
        var problem = await ProblemAsync("/api/search?venue=" + new string('x', 101));

        Assert.Contains("100 characters", problem.GetProperty("errors").GetProperty("venue")[0].GetString());
    }

    [Fact]
    public async Task ShouldRefuseMoreVenuesThanTheFilterTakesInsteadOfDroppingSome()
    {
        var venues = string.Join(',', Enumerable.Range(0, 65).Select(i => $"V{i}"));

        var problem = await ProblemAsync("/api/search?venue=" + venues);

        Assert.Contains("at most 64", problem.GetProperty("errors").GetProperty("venue")[0].GetString());
    }

    [Fact]
    public async Task ShouldRefuseBadParametersOfTheBibTexOfAResultPageToo()
    {
        var response = await client.GetAsync("/api/search/bibtex?category=nope", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> SearchAsync(string query)
    {
        var response = await client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<JsonElement> ProblemAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("Invalid search parameters.", problem.GetProperty("title").GetString());
        return problem;
    }

    private static List<string?> Titles(JsonElement body) => [.. body.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString())];

    private static List<(string?, int)> Venues(JsonElement body) =>
        [.. body.GetProperty("facets").GetProperty("venues").EnumerateArray().Select(v => (v.GetProperty("venue").GetString(), v.GetProperty("count").GetInt32()))];
}
