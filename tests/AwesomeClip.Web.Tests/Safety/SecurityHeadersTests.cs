using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AwesomeClip.Web.Tests.Safety;

public sealed class SecurityHeadersTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Account/Login")]
    [InlineData("/api/categories")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/figures/CLIP-Art.png")]
    [InlineData("/figures/..%2Fkeys")]
    [InlineData("/no-such-page")]
    [InlineData("/admin/users")]
    public async Task ShouldSendSecurityHeadersOnEveryResponse(string path)
    {
        var response = await app.Client.GetAsync(path, TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }

    [Fact]
    public async Task ShouldSendHstsOverHttpsOutsideDevelopment()
    {
        // HSTS is never sent to localhost: a site with its own name (which AllowedHosts must list).
        using var named = app.Factory.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "awesomeclip.example"));
        var client = named.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://awesomeclip.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }
}
