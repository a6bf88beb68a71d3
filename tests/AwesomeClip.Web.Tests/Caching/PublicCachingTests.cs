using System.Net;
using System.Net.Http.Headers;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AwesomeClip.Web.Tests.Caching;

/// <summary>
/// What a reader without cookies, a crawler or a cache in front gets (ADR-031): no cookie, <c>Cache-Control: public</c>,
/// validators that change with the catalog, 304s; forms and signed-in users as before.
/// </summary>
public sealed class PublicCachingTests : IDisposable
{
    private readonly AppFactory factory = new();

    public static TheoryData<string> PublicPaths => new()
    {
        "/",
        "/papers",
        "/papers?category=segmentation",
        "/papers?year=2023",
        "/papers/1",
        "/feed.atom",
        "/categories/segmentation/feed.atom",
        "/api/categories",
        "/api/papers?category=segmentation",
        "/api/papers/1",
        "/api/papers/1/bibtex",
        "/api/categories/segmentation/bibtex",
        "/api/export.md",
        "/api/export.json",
    };

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task ShouldAnswerAFirstVisitWithoutACookieAndCacheableByAnyone(string path)
    {
        var response = await FirstVisit().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [])}");
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.False(cacheControl.NoStore);
        Assert.False(cacheControl.NoCache);
        Assert.Equal(TimeSpan.FromMinutes(1), cacheControl.MaxAge);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-while-revalidate" && e.Value == "300");
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-if-error" && e.Value == "86400");
        Assert.True(response.Headers.ETag!.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Fact]
    public async Task ShouldCarryNoAntiforgeryStateInAPublicPage()
    {
        var html = await FirstVisit().GetStringAsync("/papers/1", TestContext.Current.CancellationToken);

        Assert.DoesNotContain(Forms.TokenField, html);
    }

    [Fact]
    public async Task ShouldSetNoCookieOnAFirstVisitToTheSearchPage()
    {
        var response = await FirstVisit().GetAsync("/search?q=CLIP", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ShouldServeAFirstVisitFromTheOutputCache()
    {
        var client = FirstVisit();
        await client.GetAsync("/papers?category=segmentation", TestContext.Current.CancellationToken);

        var second = await client.GetAsync("/papers?category=segmentation", TestContext.Current.CancellationToken);

        Assert.True(second.Headers.Age.HasValue, "the second cookie-less request was rendered again, not served from the output cache");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/papers/1")]
    [InlineData("/feed.atom")]
    [InlineData("/api/categories")]
    public async Task ShouldAnswerNotModifiedToTheETagItGave(string path)
    {
        var client = FirstVisit();
        var first = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var again = await SendAsync(client, path, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.True(again.Headers.CacheControl!.Public);
    }

    [Fact]
    public async Task ShouldAnswerNotModifiedSinceTheLastChangeAndTheWholePageBefore()
    {
        var client = FirstVisit();
        var lastModified = (await client.GetAsync("/papers/1", TestContext.Current.CancellationToken)).Content.Headers.LastModified!.Value;

        var since = await SendAsync(client, "/papers/1", r => r.Headers.IfModifiedSince = lastModified);
        var before = await SendAsync(client, "/papers/1", r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1));

        Assert.Equal(HttpStatusCode.NotModified, since.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("<h1", await before.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldPreferTheETagOverTheDateWhenBothAreSent()
    {
        var client = FirstVisit();
        var lastModified = (await client.GetAsync("/", TestContext.Current.CancellationToken)).Content.Headers.LastModified!.Value;

        var response = await SendAsync(client, "/", r =>
        {
            r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-version\"", isWeak: true));
            r.Headers.IfModifiedSince = lastModified;
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ShouldChangeTheETagAndAnswerTheNewPageAfterAnEdit()
    {
        var client = FirstVisit();
        var before = await client.GetAsync("/papers/1", TestContext.Current.CancellationToken);

        await RenameAsync(1, "A title no version had before");
        var after = await SendAsync(client, "/papers/1", r => r.Headers.IfNoneMatch.Add(before.Headers.ETag!));
        var home = await SendAsync(client, "/", r => r.Headers.IfNoneMatch.Add(before.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("A title no version had before", await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task ShouldGiveNoValidatorsToAPageThatIsNotThere()
    {
        var response = await FirstVisit().GetAsync("/papers/999999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.False(response.Headers.CacheControl?.Public ?? false);
    }

    [Fact]
    public async Task ShouldStillSetTheAntiforgeryCookieOnAFormPageAndValidateItsPost()
    {
        var client = SignIn.AnonymousClient(factory);

        var page = await client.GetAsync(SuggestionForms.Page, TestContext.Current.CancellationToken);
        var withoutToken = await client.PostAsync(SuggestionForms.Page, new FormUrlEncodedContent(new Dictionary<string, string>(SuggestionForms.Fields("A paper", "2401.00001"))
        {
            ["_handler"] = SuggestionForms.FormName,
            ["Input.Step"] = "check",
        }), TestContext.Current.CancellationToken);
        var checkedPage = await SuggestionForms.CheckAsync(client, SuggestionForms.Fields("A paper", "2401.00001"));

        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.True(page.Headers.CacheControl!.NoStore);
        Assert.Contains(Forms.TokenField, await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, checkedPage.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/papers/1")]
    [InlineData("/api/categories")]
    [InlineData("/feed.atom")]
    public async Task ShouldNeverAnswerASignedInMaintainerAsPublic(string path)
    {
        var anonymous = FirstVisit();
        await anonymous.GetAsync(path, TestContext.Current.CancellationToken);
        var etag = (await anonymous.GetAsync(path, TestContext.Current.CancellationToken)).Headers.ETag!;
        var editor = await SignIn.SignedInClientAsync(factory, Roles.Editor);

        var response = await SendAsync(editor, path, r => r.Headers.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // private, no-store from the app; the sign-in cookie's handler may write its own no-cache, no-store last.
        Assert.False(response.Headers.CacheControl!.Public);
        Assert.True(response.Headers.CacheControl.NoStore);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Content.Headers.LastModified);
    }

    private HttpClient FirstVisit() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = SignIn.BaseAddress });

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Action<HttpRequestMessage> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        headers(request);
        return client.SendAsync(request);
    }

    private async Task RenameAsync(int paperId, string title)
    {
        var papers = factory.Get<PaperEditor>();
        var loaded = (await papers.LoadAsync(paperId))!;
        loaded.Form.Title = title;
        Assert.IsType<PaperSaved>(await papers.UpdateAsync(paperId, loaded.Form, "editor@example.org"));
    }

    public void Dispose() => factory.Dispose();
}
