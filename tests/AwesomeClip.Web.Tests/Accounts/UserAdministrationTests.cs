using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Accounts;

/// <summary>The rules behind /admin/users and the users command, on an app of its own (it counts Admins).</summary>
public sealed class UserAdministrationTests : IDisposable
{
    private readonly AppFactory factory = new();

    private async Task<AdminResult> RunAsync(Func<UserAdministration, Task<AdminResult>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }

    [Fact]
    public async Task ShouldNeverRemoveDemoteOrLockTheLastAdmin()
    {
        var (_, admin) = await SignIn.CreateUserAsync(factory, Roles.Admin);

        Assert.Equal(["The last Admin cannot be removed."], (await RunAsync(u => u.RemoveAsync(admin, null))).Errors);
        Assert.Equal(["The last Admin cannot lose the Admin role."], (await RunAsync(u => u.SetRoleAsync(admin, Roles.Editor, null))).Errors);
        Assert.Equal(["The last Admin who can sign in cannot be locked."], (await RunAsync(u => u.LockAsync(admin, null))).Errors);
    }

    [Fact]
    public async Task ShouldAllowRemovingAnAdminWhenAnotherRemains()
    {
        var (_, first) = await SignIn.CreateUserAsync(factory, Roles.Admin);
        var (_, second) = await SignIn.CreateUserAsync(factory, Roles.Admin);

        Assert.True((await RunAsync(u => u.RemoveAsync(first, second))).Succeeded);
        Assert.False((await RunAsync(u => u.RemoveAsync(second, null))).Succeeded);
    }

    [Fact]
    public async Task ShouldNotLetAnAdminChangeTheirOwnAccount()
    {
        await SignIn.CreateUserAsync(factory, Roles.Admin);
        var (_, me) = await SignIn.CreateUserAsync(factory, Roles.Admin);

        Assert.Equal(["You cannot remove yourself."], (await RunAsync(u => u.RemoveAsync(me, me))).Errors);
        Assert.Equal(["You cannot lock yourself."], (await RunAsync(u => u.LockAsync(me, me))).Errors);
        Assert.Equal(["You cannot change the role of yourself."], (await RunAsync(u => u.SetRoleAsync(me, Roles.Editor, me))).Errors);
    }

    [Fact]
    public async Task ShouldExplainBadInput()
    {
        var (email, _) = await SignIn.CreateUserAsync(factory, Roles.Editor);

        var duplicate = await RunAsync(u => u.AddAsync(email.ToUpperInvariant(), Roles.Editor, SignIn.Password));
        Assert.Equal([$"A user with the email {email.ToUpperInvariant()} already exists."], duplicate.Errors);
        Assert.Equal(["The role must be Admin or Editor."], (await RunAsync(u => u.AddAsync("new@example.org", "Owner", SignIn.Password))).Errors);
        Assert.Equal(["'not-an-email' is not an email address."], (await RunAsync(u => u.AddAsync("not-an-email", Roles.Editor, SignIn.Password))).Errors);
        Assert.Contains("Passwords must be at least 12 characters.", (await RunAsync(u => u.AddAsync("new@example.org", Roles.Editor, "Short-1"))).Errors);
    }

    public void Dispose() => factory.Dispose();
}
