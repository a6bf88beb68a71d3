using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// Signs a request in from two headers (<see cref="UserHeader"/> and comma-separated <see cref="RolesHeader"/>) so tests can act
/// as any user and role without creating accounts.
/// </summary>
public static class TestAuth
{
    public const string Scheme = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";

    /// <summary>
    /// Requests that carry <see cref="UserHeader"/> are signed in by the test handler; all others go through the app's
    /// own Identity cookie, so header-driven tests and real sign-in tests share one app.
    /// </summary>
    public static IServiceCollection AddTestAuthentication(this IServiceCollection services)
    {
        const string selector = "TestOrIdentity";
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, _ => { })
            .AddPolicyScheme(selector, selector, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(UserHeader) ? Scheme : IdentityConstants.ApplicationScheme);
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = selector;
            o.DefaultAuthenticateScheme = selector;
            o.DefaultChallengeScheme = selector;
            o.DefaultForbidScheme = selector;
        });
        return services;
    }

    /// <summary>Makes every request of the client come from <paramref name="user"/> with the given roles.</summary>
    public static HttpClient As(this HttpClient client, string user, params string[] roles)
    {
        client.DefaultRequestHeaders.Remove(UserHeader);
        client.DefaultRequestHeaders.Remove(RolesHeader);
        client.DefaultRequestHeaders.Add(UserHeader, user);
        if (roles.Length > 0) client.DefaultRequestHeaders.Add(RolesHeader, string.Join(',', roles));
        return client;
    }

    private sealed class Handler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var user = Request.Headers[UserHeader].ToString();
            if (user.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
            var claims = new List<Claim> { new(ClaimTypes.Name, user), new(ClaimTypes.NameIdentifier, user) };
            claims.AddRange(Request.Headers[RolesHeader].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(r => new Claim(ClaimTypes.Role, r)));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, TestAuth.Scheme));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, TestAuth.Scheme)));
        }
    }
}
