using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Accounts;

/// <summary>
/// Who is doing a privileged action inside an interactive component, checked when the action runs (ADR-017). A circuit
/// keeps the user it was started with; the page's [Authorize] was checked once, at render. So every upload, save and
/// trash asks again: is the circuit's user signed in, still there, not locked, with the security stamp of their
/// sign-in (sign-out, a lock and a change of role renew it), and allowed by the policy with the roles they have now?
/// </summary>
public interface IActingUser
{
    /// <summary>The name to record as the actor, or null when the action must not run.</summary>
    Task<string?> AuthorizeAsync(string policy, CancellationToken cancellationToken = default);
}

internal sealed class ActingUser(
    AuthenticationStateProvider authentication,
    IServiceScopeFactory scopes,
    IOptions<IdentityOptions> identity,
    ILogger<ActingUser> logger) : IActingUser
{
    public async Task<string?> AuthorizeAsync(string policy, CancellationToken cancellationToken = default)
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        if (principal.Identity?.IsAuthenticated != true)
        {
            logger.LogWarning("Refused a {Policy} action in an interactive page without a signed-in user", policy);
            return null;
        }
        // A fresh scope: a UserManager kept for the circuit's lifetime would answer from its context's stale entities.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.GetUserAsync(principal);
        var problem = user is null ? "the user no longer exists"
            : await users.IsLockedOutAsync(user) ? "the user is locked"
            : users.SupportsUserSecurityStamp && principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) != await users.GetSecurityStampAsync(user)
                ? "the session ended (signed out, or the user's rights changed)"
                : null;
        if (problem is null)
        {
            var current = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
            if ((await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(current, policy)).Succeeded) return user!.UserName;
            problem = "the user's role does not allow it";
        }
        logger.LogWarning("Refused a {Policy} action in an interactive page for {User}: {Problem}", policy, AdminUser.NameOf(principal), problem);
        return null;
    }
}
