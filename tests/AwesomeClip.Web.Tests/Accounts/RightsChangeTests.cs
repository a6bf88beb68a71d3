using System.Net;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Accounts;

/// <summary>A change of rights takes effect at the user's next request, not when their cookie expires.</summary>
public sealed class RightsChangeTests(SharedApp app) : IClassFixture<SharedApp>
{
    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private static bool IsSentToSignIn(HttpResponseMessage r) =>
        r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.AbsolutePath == "/Account/Login";

    [Fact]
    public async Task ShouldLoseAdminRightsAtTheNextRequestWhenTheRoleChanges()
    {
        await SignIn.CreateUserAsync(app.Factory, Roles.Admin); // not the last Admin
        var (client, _, id) = await SignIn.SignedInUserAsync(app.Factory, Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode);

        var result = await WithScopeAsync(sp => sp.GetRequiredService<UserAdministration>().SetRoleAsync(id, Roles.Editor, null));

        Assert.True(result.Succeeded);
        Assert.True(IsSentToSignIn(await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldReadRolesOnEveryRequestEvenWithoutANewSecurityStamp()
    {
        var (client, _, id) = await SignIn.SignedInUserAsync(app.Factory, Roles.Admin);

        await WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.RemoveFromRoleAsync((await users.FindByIdAsync(id))!, Roles.Admin);
        });

        var response = await client.GetAsync("/admin/users", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ShouldSignOutALockedUserAtTheNextRequest()
    {
        var (client, _, id) = await SignIn.SignedInUserAsync(app.Factory, Roles.Editor);

        var result = await WithScopeAsync(sp => sp.GetRequiredService<UserAdministration>().LockAsync(id, null));

        Assert.True(result.Succeeded);
        Assert.True(IsSentToSignIn(await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldSignOutARemovedUserAtTheNextRequest()
    {
        var (client, _, id) = await SignIn.SignedInUserAsync(app.Factory, Roles.Editor);

        var result = await WithScopeAsync(sp => sp.GetRequiredService<UserAdministration>().RemoveAsync(id, null));

        Assert.True(result.Succeeded);
        Assert.True(IsSentToSignIn(await client.GetAsync("/admin/users", TestContext.Current.CancellationToken)));
    }
}
