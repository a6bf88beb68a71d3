using System.Net;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AwesomeClip.Web.Tests.Hosting;

/// <summary>HEAD answers what GET would, headers and all, without the body (link checkers and crawlers use it).</summary>
public sealed class HeadRequestTests(SharedApp app) : IClassFixture<SharedApp>
{
    private static readonly string[] SameHeaders = ["Content-Type", "Content-Length", "Cache-Control", "ETag", "Last-Modified", "Vary", "Content-Security-Policy"];

    [Theory]
    [InlineData("/", HttpStatusCode.OK, true)]
    [InlineData("/papers?category=segmentation", HttpStatusCode.OK, true)]
    [InlineData("/papers/1", HttpStatusCode.OK, true)]
    [InlineData("/feed.atom", HttpStatusCode.OK, true)]
    [InlineData("/api/categories", HttpStatusCode.OK, true)]
    [InlineData("/api/export.md", HttpStatusCode.OK, true)]
    [InlineData("/app.css", HttpStatusCode.OK, true)]
    [InlineData("/figures/CLIP-Art.png", HttpStatusCode.OK, true)]
    [InlineData("/papers/999999", HttpStatusCode.NotFound, true)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, true)]
    // Bodies made anew each time (a circuit's descriptors, a duration): the same headers, a length of their own.
    [InlineData("/search?q=CLIP", HttpStatusCode.OK, false)]
    [InlineData("/health/live", HttpStatusCode.OK, false)]
    public async Task ShouldAnswerHeadWithTheHeadersOfGetAndNoBody(string path, HttpStatusCode status, bool sameBody)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var get = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var getBody = await get.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), TestContext.Current.CancellationToken);

        Assert.Equal(status, get.StatusCode);
        Assert.Equal(status, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        if (sameBody) Assert.Equal(getBody.Length, head.Content.Headers.ContentLength);
        else Assert.True(head.Content.Headers.ContentLength > 0);
        foreach (var name in SameHeaders.Where(n => n != "Content-Length"))
        {
            Assert.Equal(Values(get, name), Values(head, name));
        }
    }

    [Fact]
    public async Task ShouldRedirectAHeadOfAnAdminPageToSignInLikeAGet()
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/admin/papers"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, head.StatusCode);
        Assert.StartsWith("/Account/Login", head.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static string Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "(none)";
}
