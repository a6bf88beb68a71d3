using AwesomeClip.Web.Accounts;
using System.Net;
using System.Reflection;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>
/// Anonymous, Editor and Admin callers against every endpoint and page of the app, enumerated from the routing table —
/// a new admin page or endpoint is covered without touching this file. The actions inside interactive components are
/// in <see cref="InteractiveActionMatrixTests"/>.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    private static readonly HashSet<string> AdminOnlyRoutes = ["/admin/users", "/admin/users/{Id}"];

    private IEnumerable<EndpointCase> AdminEndpoints => app.Endpoints.Where(e => e.IsAdmin);

    [Fact]
    public void ShouldFindThePagesAndEndpointsOfTheApp()
    {
        var routes = app.Endpoints.Select(e => e.Route).ToHashSet();

        Assert.Superset(new HashSet<string>
        {
            "/", "/papers", "/api/papers", "/figures/{name}", "/Account/Login", "/Account/Logout", "/admin/users", "/suggest", "/suggest/sent", "/admin/suggestions",
        }, routes);
    }

    [Fact]
    public void ShouldRouteEveryPageComponent()
    {
        var pageRoutes = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => "/" + r.Template.TrimStart('/'));

        Assert.All(pageRoutes, route => Assert.Contains(route, app.Endpoints.Select(e => e.Route), StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void ShouldRequireAnAdminPolicyOnEveryAdminEndpoint()
    {
        Assert.NotEmpty(AdminEndpoints);
        Assert.All(AdminEndpoints, e =>
        {
            Assert.False(e.AllowsAnonymous, $"{e} allows anonymous callers");
            Assert.True(e.Policies.Any(p => p is AdminPolicies.Editor or AdminPolicies.Admin), $"{e} has no admin policy: [{string.Join(", ", e.Policies)}]");
        });
    }

    [Fact]
    public void ShouldRequireTheAdminPolicyForManagingUsers()
    {
        var adminOnly = AdminEndpoints.Where(e => e.IsAdminOnly).Select(e => e.Route).ToHashSet();

        Assert.Superset(AdminOnlyRoutes, adminOnly);
    }

    [Fact]
    public async Task ShouldSendAnonymousCallersOfAdminEndpointsToSignIn()
    {
        var client = app.Anonymous();
        foreach (var e in AdminEndpoints)
        {
            var response = await SendAsync(client, e);
            if (e.IsPage)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{e}: {(int)response.StatusCode}");
                Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location!.PathAndQuery);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{e}: {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task ShouldRefuseAnonymousStateChangesOnEveryEndpoint()
    {
        var client = app.Anonymous();
        foreach (var e in app.Endpoints.Where(e => !e.IsRead))
        {
            // No antiforgery token, no cookie: refused as unauthenticated, as a forgery (400), or as unknown.
            var response = await SendAsync(client, e);
            var toSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/Login";
            Assert.True(toSignIn || (int)response.StatusCode is 400 or 401 or 403 or 404 or 405, $"{e}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ShouldRefuseEditorsOnAdminOnlyEndpoints()
    {
        foreach (var e in AdminEndpoints.Where(e => e.IsAdminOnly))
        {
            var response = await SendAsync(app.Editor, e);
            if (e.IsPage)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{e}: {(int)response.StatusCode}");
                Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{e}: {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task ShouldShowAccessDeniedWith403()
    {
        var response = await app.Editor.GetAsync("/Account/AccessDenied?ReturnUrl=%2Fadmin%2Fusers", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Access denied", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldLetEditorsReadEditorEndpoints()
    {
        foreach (var e in AdminEndpoints.Where(e => !e.IsAdminOnly && e.IsRead))
            AssertAllowed(e, await SendAsync(app.Editor, e));
    }

    [Fact]
    public async Task ShouldLetAdminsReadEveryAdminEndpoint()
    {
        foreach (var e in AdminEndpoints.Where(e => e.IsRead))
            AssertAllowed(e, await SendAsync(app.Admin, e));
    }

    [Fact]
    public async Task ShouldKeepPublicEndpointsPublic()
    {
        var client = app.Anonymous();
        // The access-denied page answers 403 by design (ShouldShowAccessDeniedWith403).
        foreach (var e in app.Endpoints.Where(e => !e.IsAdmin && e.IsRead && e.Route != "/Account/AccessDenied"))
            AssertAllowed(e, await SendAsync(client, e));
    }

    [Fact]
    public async Task ShouldRefuseEveryAdminEndpointToACookieFromBeforeSignOut()
    {
        var (email, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Admin);
        var client = app.Anonymous();
        var cookie = AuthCookie(await SignIn.PostLoginAsync(client, email, SignIn.Password));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostToAsync(client, "/admin", "/Account/Logout")).StatusCode);
        var stale = app.Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = SignIn.BaseAddress, HandleCookies = false });
        stale.DefaultRequestHeaders.Add("Cookie", cookie);

        foreach (var e in AdminEndpoints)
        {
            var response = await SendAsync(stale, e);
            var toSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath == "/Account/Login";
            Assert.True(toSignIn || response.StatusCode == HttpStatusCode.Unauthorized, $"{e}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task ShouldNeverChangeAnythingOnGet()
    {
        var before = await app.DatabaseFingerprintAsync();
        foreach (var client in new[] { app.Anonymous(), app.Editor, app.Admin })
        {
            foreach (var e in app.Endpoints.Where(e => e.Method == "GET"))
                await SendAsync(client, e);
        }

        Assert.Equal(before, await app.DatabaseFingerprintAsync());
    }

    /// <summary>Allowed: any answer but a refusal (sample ids may well be 404).</summary>
    private static void AssertAllowed(EndpointCase e, HttpResponseMessage response)
    {
        var refused = (int)response.StatusCode is 401 or 403
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.AbsolutePath.StartsWith("/Account/", StringComparison.Ordinal));
        Assert.False(refused, $"{e}: {(int)response.StatusCode} {response.Headers.Location}");
        Assert.True((int)response.StatusCode < 500, $"{e}: {(int)response.StatusCode}");
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("AwesomeClip.Auth=", StringComparison.Ordinal));

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, EndpointCase e)
    {
        var request = new HttpRequestMessage(new HttpMethod(e.Method), e.Url);
        if (!e.IsRead) request.Content = new FormUrlEncodedContent([]);
        return client.SendAsync(request);
    }
}
