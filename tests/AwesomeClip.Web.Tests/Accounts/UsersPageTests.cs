using System.Net;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Accounts;

public sealed class UsersPageTests(SharedApp app) : IClassFixture<SharedApp>
{
    private async Task<UserSummary?> FindAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAdministration>().FindByEmailAsync(email);
    }

    [Fact]
    public async Task ShouldListUsersWithRolesAndOfferAFormWithLabels()
    {
        var (editor, _) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);
        var admin = await SignIn.SignedInClientAsync(app.Factory, Roles.Admin);

        var html = await admin.GetStringAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Contains($"<td translate=\"no\">{editor}</td>", html);
        Assert.Contains("<label for=\"add-email\">Email</label>", html);
        Assert.Contains("<label for=\"add-role\">Role</label>", html);
        Assert.Contains("<label for=\"add-password\">Initial password</label>", html);
        Assert.Contains(">Save</button>", html);
        Assert.Contains("href=\"/admin/users\"", html); // admin navigation
    }

    [Fact]
    public async Task ShouldAddAUserWhoCanThenSignIn()
    {
        var admin = await SignIn.SignedInClientAsync(app.Factory, Roles.Admin);
        var email = $"new-{Guid.NewGuid():N}@example.org";

        var response = await Forms.PostAsync(admin, "/admin/users", "add-user",
            new() { ["Add.Email"] = email, ["Add.Role"] = Roles.Editor, ["Add.Password"] = "A-good-initial-passw0rd" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"Added {email}.", html);
        Assert.DoesNotContain("A-good-initial-passw0rd", html);
        Assert.Equal(Roles.Editor, (await FindAsync(email))!.Role);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(SignIn.AnonymousClient(app.Factory), email, "A-good-initial-passw0rd")).StatusCode);
    }

    [Fact]
    public async Task ShouldShowPasswordRulesAndNotAddTheUser()
    {
        var admin = await SignIn.SignedInClientAsync(app.Factory, Roles.Admin);
        var email = $"weak-{Guid.NewGuid():N}@example.org";

        var response = await Forms.PostAsync(admin, "/admin/users", "add-user",
            new() { ["Add.Email"] = email, ["Add.Role"] = Roles.Editor, ["Add.Password"] = "alllowercase1" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Passwords must have at least one uppercase ('A'-'Z').", html);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task ShouldRefuseAnUnknownRoleFromAForgedForm()
    {
        var admin = await SignIn.SignedInClientAsync(app.Factory, Roles.Admin);
        var email = $"forged-{Guid.NewGuid():N}@example.org";

        var response = await Forms.PostAsync(admin, "/admin/users", "add-user",
            new() { ["Add.Email"] = email, ["Add.Role"] = "Owner", ["Add.Password"] = "A-good-initial-passw0rd" });

        Assert.Contains("Choose Admin or Editor.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task ShouldChangeARoleLockUnlockAndRemoveFromTheUsersPage()
    {
        var admin = await SignIn.SignedInClientAsync(app.Factory, Roles.Admin);
        var (email, id) = await SignIn.CreateUserAsync(app.Factory, Roles.Editor);
        var page = $"/admin/users/{id}";

        var role = await Forms.PostAsync(admin, page, "set-role", new() { ["RoleInput.Role"] = Roles.Admin });
        Assert.Contains("Role saved: Admin.", await role.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Roles.Admin, (await FindAsync(email))!.Role);

        var locked = await Forms.PostAsync(admin, page, "lock", []);
        Assert.Contains("Locked.", await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True((await FindAsync(email))!.IsLocked(DateTimeOffset.UtcNow));

        var unlocked = await Forms.PostAsync(admin, page, "unlock", []);
        Assert.Contains("Unlocked.", await unlocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False((await FindAsync(email))!.IsLocked(DateTimeOffset.UtcNow));

        var removed = await Forms.PostAsync(admin, page, "remove", []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("/admin/users?removed=true", new Uri(SignIn.BaseAddress, removed.Headers.Location!).PathAndQuery);
        Assert.Null(await FindAsync(email));
    }

    [Fact]
    public async Task ShouldOfferNoChangesOnYourOwnAccount()
    {
        var (admin, _, id) = await SignIn.SignedInUserAsync(app.Factory, Roles.Admin);

        var html = await admin.GetStringAsync($"/admin/users/{id}", TestContext.Current.CancellationToken);
        var forged = await Forms.PostWithoutFetchingAsync(admin, $"/admin/users/{id}", "remove", [], await Forms.TokenAsync(admin, $"/admin/users/{id}"));

        Assert.Contains("This is your own account", html);
        Assert.DoesNotContain("Remove user", html);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.NotNull(await FindAsync((await FindByIdAsync(id))!));
    }

    [Fact]
    public async Task ShouldAnswer404ForAnUnknownUser()
    {
        var admin = await SignIn.SignedInClientAsync(app.Factory, Roles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users/no-such-id", TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task<string?> FindByIdAsync(string id)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserAdministration>().FindAsync(id))?.Email;
    }
}
