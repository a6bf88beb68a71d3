using AwesomeClip.Web.Accounts;
using System.Net;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Scale;

/// <summary>Data Protection keys live in the shared database: tokens and cookies from one instance work on another.</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task ShouldAcceptTheAntiforgeryTokenAndSignInCookieOfAnotherInstance()
    {
        var shared = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"));
        using var a = Instances.Sqlite(shared, "a");
        await Instances.StartAsync(a);
        using var b = Instances.Sqlite(shared, "b", ownsDataDirectory: false);
        await Instances.StartAsync(b);
        var (email, _) = await SignIn.CreateUserAsync(a, Roles.Admin);

        // The sign-in form (and its antiforgery cookie) comes from A; the post goes to B.
        var clientA = a.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SignIn.BaseAddress, HandleCookies = false });
        var clientB = b.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SignIn.BaseAddress, HandleCookies = false });
        var page = await clientA.GetAsync("/Account/Login", TestContext.Current.CancellationToken);
        var antiforgeryCookie = CookiesOf(page);
        var token = Forms.TokenOf(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login", [Forms.TokenField] = token, ["Input.Email"] = email, ["Input.Password"] = SignIn.Password,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await clientB.SendAsync(post, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The identity cookie B issued opens an admin page on A.
        using var admin = new HttpRequestMessage(HttpMethod.Get, "/admin/users");
        admin.Headers.Add("Cookie", CookiesOf(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await clientA.SendAsync(admin, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldKeepTheKeysAcrossRestarts()
    {
        var shared = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"));
        string protectedText;
        using (var first = new AppFactory { DataDirectory = shared, DeleteDataDirectory = false })
            protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hello");

        using var second = new AppFactory { DataDirectory = shared };
        Assert.Equal("hello", second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText));
        Assert.False(Directory.Exists(Path.Combine(shared, "keys")));
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
}
