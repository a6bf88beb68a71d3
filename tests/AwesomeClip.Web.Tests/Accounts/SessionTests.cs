using System.Net;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Accounts;

/// <summary>Sign-out ends the session on the server; sign-in sends the user on to any local page; passwords are not guessable.</summary>
public sealed class SessionTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task ShouldRefuseACookieCopiedBeforeSignOut()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Admin);
        var client = SignIn.AnonymousClient(app.Factory);
        var signedIn = await SignIn.PostLoginAsync(client, email, SignIn.Password);
        var cookie = AuthCookie(signedIn);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(cookie).GetAsync("/admin", TestContext.Current.CancellationToken)).StatusCode);

        var signedOut = await Forms.PostToAsync(client, "/admin", "/Account/Logout");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var page = await WithCookie(cookie).GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Account/Login", page.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(cookie).GetAsync("/admin/export.md", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("aaaaaaaaaaaA1!")]
    [InlineData("Password2024!")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("Qwertyuiop12!")]
    [InlineData("1Qaz2wsx3edc!")]
    [InlineData("!Welcome12345")]
    public async Task ShouldRefuseLowVarietyAndCommonPasswords(string password)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync($"weak-{Guid.NewGuid():N}@example.org", Roles.Editor, password);

        Assert.False(result.Succeeded, $"'{password}' was accepted");
    }

    [Theory]
    [InlineData("Correct-horse-battery-1")]
    [InlineData("Tangerine-Viaduct-42")]
    [InlineData("x7#Gq2!mZp9L")]
    public async Task ShouldAcceptPasswordsThatAreNeitherRepetitiveNorCommon(string password)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync($"strong-{Guid.NewGuid():N}@example.org", Roles.Editor, password);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
    }

    [Fact]
    public void ShouldShipTheListOfCommonPasswords() => Assert.True(CommonPasswords.Count > 19_000);

    private HttpClient WithCookie(string cookie)
    {
        var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SignIn.BaseAddress, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    internal static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("AwesomeClip.Auth=", StringComparison.Ordinal));
}

/// <summary>On Kestrel, which refuses non-ASCII in a Location header (TestServer lets it through).</summary>
public sealed class ReturnUrlTests(KestrelApp app) : IClassFixture<KestrelApp>
{
    [Theory]
    [InlineData("/搜索", "/%E6%90%9C%E7%B4%A2")]
    [InlineData("/search?q=蒸馏 KD", "/search?q=%E8%92%B8%E9%A6%8F%20KD")]
    [InlineData("/papers?category=train", "/papers?category=train")]
    public async Task ShouldSignInAndGoOnToALocalUrlWithNonAsciiCharacters(string returnUrl, string location)
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);

        var response = await SignIn.PostLoginAsync(app.NewClient(), email, SignIn.Password, returnUrl);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("\n", app.Log.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal))));
        Assert.Equal(location, response.Headers.Location!.PathAndQuery);
        Assert.StartsWith("AwesomeClip.Auth=", SessionTests.AuthCookie(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldSignOutAndGoOnToALocalUrlWithNonAsciiCharacters()
    {
        var response = await Forms.PostToAsync(app.NewClient(), "/Account/Login", "/Account/Logout", new() { ["returnUrl"] = "/搜索" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%E6%90%9C%E7%B4%A2", response.Headers.Location!.OriginalString);
    }
}
