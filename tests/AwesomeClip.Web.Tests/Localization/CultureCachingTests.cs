using System.Net;
using AwesomeClip.Web.Localization;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Localization;

/// <summary>A cached page never reaches a reader of the other language (ADR-035): output cache, ETags and Vary per culture.</summary>
public sealed class CultureCachingTests : IDisposable
{
    private readonly AppFactory factory = new();
    private readonly HttpClient client;

    public CultureCachingTests() => client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/papers/1")]
    [InlineData("/papers/999999")]
    public async Task ShouldNeverServeOneCulturesCachedPageToTheOther(string path)
    {
        // Each is asked twice: the second of each comes from the output cache.
        foreach (var round in new[] { 1, 2 })
        {
            Assert.Equal("zh-CN", await LangAsync(path, header: "zh-CN"));
            Assert.Equal("en", await LangAsync(path, header: "en-US"));
            Assert.Equal("en", await LangAsync(path, header: "zh-CN", cookie: "c=en|uic=en"));
            Assert.Equal("zh-CN", await LangAsync(path, header: null, cookie: "c=zh-CN|uic=zh-CN"));
            Assert.Equal("en", await LangAsync(path, header: null));
        }
    }

    [Fact]
    public async Task ShouldTagAPageOncePerCultureAndVaryByLanguageAndCookie()
    {
        var zh = await SendAsync("/papers/1", "zh-CN");
        var zhAgain = await SendAsync("/papers/1", "zh");
        var en = await SendAsync("/papers/1", "en-US");

        Assert.NotEqual(zh.Headers.ETag, en.Headers.ETag);
        Assert.Equal(zh.Headers.ETag, zhAgain.Headers.ETag);
        Assert.EndsWith("-zh-CN\"", zh.Headers.ETag!.Tag);
        Assert.Contains("Cookie", zh.Headers.Vary);
        Assert.Contains("Accept-Language", zh.Headers.Vary);

        // The English tag does not validate the Chinese page.
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/papers/1");
        conditional.Headers.Add("Accept-Language", "zh-CN");
        conditional.Headers.IfNoneMatch.Add(en.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(conditional, Ct)).StatusCode);
        using var same = new HttpRequestMessage(HttpMethod.Get, "/papers/1");
        same.Headers.Add("Accept-Language", "zh-CN");
        same.Headers.IfNoneMatch.Add(zh.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(same, Ct)).StatusCode);
    }

    [Fact]
    public async Task ShouldKeepOneTagForWhatIsTheSameInEveryLanguage()
    {
        var zh = await SendAsync("/api/categories", "zh-CN");
        var en = await SendAsync("/api/categories", "en-US");

        Assert.Equal(zh.Headers.ETag, en.Headers.ETag);
        Assert.DoesNotContain("Accept-Language", en.Headers.Vary);
    }

    private async Task<string> LangAsync(string path, string? header, string? cookie = null)
    {
        var response = await SendAsync(path, header, cookie);
        return Html.Parse(await response.Content.ReadAsStringAsync(Ct)).DocumentElement.GetAttribute("lang")!;
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? header, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (header is not null) request.Headers.Add("Accept-Language", header);
        if (cookie is not null) request.Headers.Add("Cookie", $"{AppCultures.CookieName}={Uri.EscapeDataString(cookie)}");
        return await client.SendAsync(request, Ct);
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }
}
