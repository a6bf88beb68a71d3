using System.Security.Claims;
using System.Text.Encodings.Web;
using AwesomeClip.Web.Admin;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// Signs a request in from two headers (<see cref="UserHeader"/> and comma-separated <see cref="RolesHeader"/>) and
/// registers the admin policies if the app has not: stands in for the accounts feature (Identity) in these tests.
/// </summary>
public static class TestAuth
{
    public const string Scheme = "Test";
    public const string UserHeader = "X-Test-User";
    public const string RolesHeader = "X-Test-Roles";

    public static IServiceCollection AddTestAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(Scheme).AddScheme<AuthenticationSchemeOptions, Handler>(Scheme, _ => { });
        services.Configure<AuthenticationOptions>(o =>
        {
            o.DefaultScheme = Scheme;
            o.DefaultAuthenticateScheme = Scheme;
            o.DefaultChallengeScheme = Scheme;
            o.DefaultForbidScheme = Scheme;
        });
        services.AddAuthorization();
        services.Configure<AuthorizationOptions>(o =>
        {
            if (o.GetPolicy(AdminPolicies.Editor) is null) o.AddPolicy(AdminPolicies.Editor, p => p.RequireRole("Editor", "Admin"));
            if (o.GetPolicy(AdminPolicies.Admin) is null) o.AddPolicy(AdminPolicies.Admin, p => p.RequireRole("Admin"));
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
