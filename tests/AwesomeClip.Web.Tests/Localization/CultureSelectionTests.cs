using System.Net;
using System.Text.Json;
using AwesomeClip.Web.Localization;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Localization;

/// <summary>Which language a request gets (ADR-035): the culture cookie, else Accept-Language, else English; the switch; problem titles.</summary>
public sealed class CultureSelectionTests(SharedApp app) : IClassFixture<SharedApp>, IDisposable
{
    // No cookie jar: each request says its own language, whatever the tests before it switched to.
    private readonly HttpClient client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh", "zh-CN")]
    [InlineData("zh-Hans", "zh-CN")]
    [InlineData("zh-SG", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("zh-Hant-HK", "zh-CN")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB,zh-CN;q=0.8", "en")]
    [InlineData("fr-FR,zh;q=0.5", "zh-CN")]
    [InlineData("zh-CN;q=0.2,en;q=0.9", "en")]
    [InlineData("fr-FR,de", "en")]
    [InlineData("", "en")]
    public async Task ShouldRenderInTheCultureTheAcceptLanguageHeaderAsksFor(string acceptLanguage, string expected)
    {
        var html = await GetAsync("/Account/Login", acceptLanguage);

        Assert.Equal(expected, Html.Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Contains(expected == AppCultures.Chinese ? "<h1>登录</h1>" : "<h1>Sign in</h1>", html);
    }

    [Fact]
    public async Task ShouldLetTheCultureCookieOverrideTheHeader()
    {
        var zh = await GetAsync("/Account/Login", "en-US", cookie: "c=zh-CN|uic=zh-CN");
        var en = await GetAsync("/Account/Login", "zh-CN", cookie: "c=en|uic=en");

        Assert.Contains("<html lang=\"zh-CN\"", zh);
        Assert.Contains("<h1>登录</h1>", zh);
        Assert.Contains("<html lang=\"en\"", en);
        Assert.Contains("<h1>Sign in</h1>", en);
    }

    [Fact]
    public async Task ShouldSetTheCultureCookieAndGoBackToThePage()
    {
        var response = await client.GetAsync("/culture?c=zh-CN&returnUrl=%2Fpapers%3Fyear%3D2023", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/papers?year=2023", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{AppCultures.CookieName}=c%3Dzh-CN%7Cuic%3Dzh-CN;", cookie);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);

        var page = await GetAsync("/Account/Login", "en-US", cookie: Uri.UnescapeDataString(cookie.Split(';')[0].Split('=', 2)[1]));
        Assert.Contains("<h1>登录</h1>", page);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("evil.example")]
    [InlineData("")]
    public async Task ShouldGoOnlyToALocalPathAfterSwitching(string returnUrl)
    {
        var response = await client.GetAsync($"/culture?c=en&returnUrl={Uri.EscapeDataString(returnUrl)}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ShouldRefuseAnUnknownCultureWithAProblemInTheRequestLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/culture?c=fr&returnUrl=/");
        request.Headers.Add("Accept-Language", "zh-CN");
        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("未知的语言。", await TitleAsync(response));
    }

    [Fact]
    public async Task ShouldTitleASearchProblemInChineseAndKeepItsMachineReadableFields()
    {
        var zh = await SendAsync("/api/search?q=clip&page=abc", "zh-CN");
        var en = await SendAsync("/api/search?q=clip&page=abc", "en-US");

        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        using var zhBody = JsonDocument.Parse(await zh.Content.ReadAsStringAsync(Ct));
        using var enBody = JsonDocument.Parse(await en.Content.ReadAsStringAsync(Ct));
        Assert.Equal("搜索参数无效。", zhBody.RootElement.GetProperty("title").GetString());
        Assert.Equal("Invalid search parameters.", enBody.RootElement.GetProperty("title").GetString());
        Assert.Equal(enBody.RootElement.GetProperty("type").GetString(), zhBody.RootElement.GetProperty("type").GetString());
        Assert.Equal(400, zhBody.RootElement.GetProperty("status").GetInt32());
        Assert.True(zhBody.RootElement.GetProperty("errors").TryGetProperty("page", out _));
    }

    [Fact]
    public async Task ShouldTitleTheFrameworksOwnProblemsInChinese()
    {
        var response = await SendAsync("/api/no-such-endpoint", "zh-CN");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("没有这个 API 端点。", await TitleAsync(response));
    }

    [Fact]
    public async Task ShouldFormatNumbersButNeverYearsForTheCulture()
    {
        var html = await GetAsync("/papers/1", "en-US");

        Assert.DoesNotMatch(@"\b2,0[0-9]{2}\b", html);
        Assert.DoesNotMatch(@"\b2,0[0-9]{2}\b", await GetAsync("/papers/1", "zh-CN"));
    }

    private async Task<string> GetAsync(string path, string acceptLanguage, string? cookie = null)
    {
        var response = await SendAsync(path, acceptLanguage, cookie);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string acceptLanguage, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage.Length > 0) request.Headers.Add("Accept-Language", acceptLanguage);
        if (cookie is not null) request.Headers.Add("Cookie", $"{AppCultures.CookieName}={Uri.EscapeDataString(cookie)}");
        return await client.SendAsync(request, Ct);
    }

    public void Dispose() => client.Dispose();

    private static async Task<string?> TitleAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return body.RootElement.GetProperty("title").GetString();
    }
}
