using AwesomeClip.Web.Accounts;
using System.Net;
using System.Text.RegularExpressions;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.Accounts;

/// <summary>One app whose log is recorded; every test signs in with its own users.</summary>
public sealed class SignInApp : IDisposable
{
    private readonly AppFactory factory = new();

    public LogRecorder Log { get; } = new();

    public WebApplicationFactory<Program> Factory { get; }

    public SignInApp() => Factory = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Log)));

    public void Dispose() => factory.Dispose();
}

public sealed partial class SignInTests(SignInApp app) : IClassFixture<SignInApp>
{
    private const string Invalid = "Invalid email or password.";
    private const string Locked = "Too many failed sign-in attempts. Try again in 5 minutes.";

    [GeneratedRegex("<p class=\"form-error\" role=\"alert\">(?<m>[^<]*)</p>")]
    private static partial Regex FormError();

    private HttpClient NewClient() => SignIn.AnonymousClient(app.Factory);

    private static async Task<string?> MessageAsync(HttpResponseMessage response)
    {
        var m = FormError().Match(await response.Content.ReadAsStringAsync());
        return m.Success ? WebUtility.HtmlDecode(m.Groups["m"].Value) : null;
    }

    private async Task<List<string?>> AttemptsAsync(string email, params string[] passwords)
    {
        var messages = new List<string?>();
        foreach (var password in passwords)
            messages.Add(await MessageAsync(await SignIn.PostLoginAsync(NewClient(), email, password)));
        return messages;
    }

    [Fact]
    public async Task ShouldSignInAndGoToTheReturnUrl()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Admin);
        var client = NewClient();

        var response = await SignIn.PostLoginAsync(client, email, SignIn.Password, "/admin/users?x=1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users?x=1", new Uri(SignIn.BaseAddress, response.Headers.Location!).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldSetASecureHttpOnlySameSiteCookie()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);

        var response = await SignIn.PostLoginAsync(NewClient(), email, SignIn.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("AwesomeClip.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldAnswerUnknownEmailsAndWrongPasswordsIdentically()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);

        var wrongPassword = await AttemptsAsync(email, "Wrong-password-123");
        var unknownEmail = await AttemptsAsync($"nobody-{Guid.NewGuid():N}@example.org", SignIn.Password);

        Assert.Equal([Invalid], wrongPassword);
        Assert.Equal(wrongPassword, unknownEmail);
    }

    [Fact]
    public async Task ShouldLockOutAfterFiveWrongPasswordsEvenWhenTheSixthIsRight()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Admin);
        var client = NewClient();

        var messages = await AttemptsAsync(email, "Wrong-password-1", "Wrong-password-2", "Wrong-password-3", "Wrong-password-4", "Wrong-password-5");
        var sixth = await SignIn.PostLoginAsync(client, email, SignIn.Password);

        Assert.Equal([Invalid, Invalid, Invalid, Invalid, Locked], messages);
        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Equal(Locked, await MessageAsync(sixth));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldLockUnknownEmailsExactlyLikeAccounts()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        string[] passwords = ["Wrong-password-1", "Wrong-password-2", "Wrong-password-3", "Wrong-password-4", "Wrong-password-5", "Wrong-password-6"];

        Assert.Equal(await AttemptsAsync(email, passwords), await AttemptsAsync(unknown, passwords));
    }

    [Fact]
    public async Task ShouldLogFailedSignInsWithoutThePassword()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";

        await AttemptsAsync(email, "Secret-wrong-password-A1");
        await AttemptsAsync(unknown, "Secret-wrong-password-B2");

        var log = app.Log.Messages.ToList();
        Assert.Contains(log, m => m.Contains("Failed sign-in", StringComparison.Ordinal) && m.Contains(email, StringComparison.Ordinal));
        Assert.Contains(log, m => m.Contains("Failed sign-in for unknown email", StringComparison.Ordinal) && m.Contains(unknown, StringComparison.Ordinal));
        Assert.DoesNotContain(log, m => m.Contains("Secret-wrong-password", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("\\\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http:evil.example")]
    public async Task ShouldRefuseToRedirectOffSite(string returnUrl)
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);

        var response = await SignIn.PostLoginAsync(NewClient(), email, SignIn.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = new Uri(SignIn.BaseAddress, response.Headers.Location!);
        Assert.Equal("localhost", target.Host);
        Assert.Equal("/", target.AbsolutePath);
    }

    [Fact]
    public async Task ShouldRejectASignInWithoutAntiforgeryToken()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);
        var client = NewClient();
        await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        var response = await Forms.PostWithoutFetchingAsync(client, "/Account/Login", "login",
            new() { ["Input.Email"] = email, ["Input.Password"] = SignIn.Password }, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("AwesomeClip.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ShouldNeverEchoThePassword()
    {
        var response = await SignIn.PostLoginAsync(NewClient(), $"nobody-{Guid.NewGuid():N}@example.org", "Echo-me-not-123");

        Assert.DoesNotContain("Echo-me-not-123", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldSignOutOnlyWithAPostCarryingAToken()
    {
        var client = await SignIn.SignedInClientAsync(app.Factory, Roles.Admin);

        var get = await client.GetAsync("/Account/Logout", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.Redirect, get.StatusCode);
        var tokenless = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode);

        var post = await Forms.PostToAsync(client, "/", "/Account/Logout");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldOfferNoRegistrationOrConfirmationPages()
    {
        var client = NewClient();
        foreach (var path in new[] { "/Account/Register", "/Account/ConfirmEmail", "/Account/ForgotPassword", "/Account/ResendEmailConfirmation" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
    }
}

public sealed class SignInRateLimitTests : IDisposable
{
    private readonly AppFactory factory = new();

    [Fact]
    public async Task ShouldAnswer429WhenSignInPostsExceedTheLimit()
    {
        var limited = factory.WithWebHostBuilder(b => b.UseSetting("Accounts:SignInPostsPerMinute", "3"));
        var client = SignIn.AnonymousClient(limited);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) answers.Add((await SignIn.PostLoginAsync(client, "someone@example.org", "Wrong-password-1")).StatusCode);
        var blocked = await SignIn.PostLoginAsync(client, "someone@example.org", "Wrong-password-1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("Too many sign-in attempts", await blocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(blocked.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken)).StatusCode);
    }

    public void Dispose() => factory.Dispose();
}
