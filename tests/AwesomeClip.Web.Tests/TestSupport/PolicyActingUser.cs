using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>For component tests without accounts: the acting user is bUnit's fake one, checked against its policies.</summary>
public sealed class PolicyActingUser(AuthenticationStateProvider authentication, IAuthorizationService authorization) : IActingUser
{
    public async Task<string?> AuthorizeAsync(string policy, CancellationToken cancellationToken = default)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return (await authorization.AuthorizeAsync(user, policy)).Succeeded ? AdminUser.NameOf(user) : null;
    }
}
