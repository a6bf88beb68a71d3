using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Accounts;

public sealed record UserSummary(string Id, string Email, string Role, DateTimeOffset? LockedUntil)
{
    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;
}

public sealed record AdminResult(IReadOnlyList<string> Errors)
{
    public static AdminResult Ok { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AdminResult Fail(LocalizedString error) => new([error.Value]);

    public static AdminResult Fail(string error) => new([error]);

    public static AdminResult From(IdentityResult result) => new([.. result.Errors.Select(e => e.Description)]);
}

/// <summary>
/// Adding, removing, re-roling and locking users — for the <c>users</c> command and the /admin/users page.
/// Never leaves the catalog without an Admin; every change of rights renews the security stamp, so the user's next
/// request runs with the new rights.
/// </summary>
public sealed class UserAdministration(
    UserManager<AppUser> users, AccountsDbContext db, FailedSignIns failedSignIns, TimeProvider time, IStringLocalizer<AccountStrings> L, CoreMessageText say, ILogger<UserAdministration> logger)
{
    /// <summary>The "not the last Admin" checks and the changes they guard run one at a time.</summary>
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var rows = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId into urs
            from ur in urs.DefaultIfEmpty()
            join r in db.Roles on ur.RoleId equals r.Id into rs
            from r in rs.DefaultIfEmpty()
            select new { u.Id, u.Email, Role = r == null ? null : r.Name, u.LockoutEnd }).ToListAsync(ct);
        return [.. rows
            .GroupBy(x => x.Id)
            .Select(g => new UserSummary(g.Key, g.First().Email ?? "", string.Join(", ", g.Select(x => x.Role).Where(r => r is not null).Order()), g.First().LockoutEnd))
            .OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<UserSummary?> FindAsync(string id, CancellationToken ct = default) =>
        (await ListAsync(ct)).FirstOrDefault(u => u.Id == id);

    public async Task<UserSummary?> FindByEmailAsync(string email, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        return user is null ? null : await FindAsync(user.Id, ct);
    }

    public async Task<AdminResult> AddAsync(string email, string role, string password)
    {
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email) || email.Any(char.IsWhiteSpace))
            return AdminResult.Fail(L["'{0}' is not an email address.", email]);
        if (AwesomeClip.Core.Admin.VisibleText.Problem(email, CharacterMessages.TheEmailAddress) is { } hidden) return AdminResult.Fail(say[hidden]);
        if (Roles.Parse(role) is not { } canonical) return AdminResult.Fail(L["The role must be {0} or {1}.", Roles.Admin, Roles.Editor]);
        if (await users.FindByEmailAsync(email) is not null) return AdminResult.Fail(L["A user with the email {0} already exists.", email]);

        await using var tx = await db.Database.BeginTransactionAsync();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return AdminResult.From(created);
        var added = await users.AddToRoleAsync(user, canonical);
        if (!added.Succeeded) return AdminResult.From(added);
        await tx.CommitAsync();
        logger.LogInformation("User {Email} added with role {Role}", email, canonical);
        return AdminResult.Ok;
    }

    /// <param name="actingUserId">The signed-in Admin doing this, who may not remove themselves; null from the command line.</param>
    public Task<AdminResult> RemoveAsync(string id, string? actingUserId) => Guarded(id, actingUserId, L["You cannot remove yourself."], async user =>
    {
        if (await IsLastAdminAsync(user, countLocked: true)) return AdminResult.Fail(L["The last Admin cannot be removed."]);
        var result = await users.DeleteAsync(user);
        if (result.Succeeded) logger.LogInformation("User {Email} removed", user.Email);
        return AdminResult.From(result);
    });

    public Task<AdminResult> SetRoleAsync(string id, string role, string? actingUserId) => Guarded(id, actingUserId, L["You cannot change the role of yourself."], async user =>
    {
        if (Roles.Parse(role) is not { } canonical) return AdminResult.Fail(L["The role must be {0} or {1}.", Roles.Admin, Roles.Editor]);
        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == canonical) return AdminResult.Ok;
        if (canonical != Roles.Admin && await IsLastAdminAsync(user, countLocked: true))
            return AdminResult.Fail(L["The last Admin cannot lose the Admin role."]);

        await using var tx = await db.Database.BeginTransactionAsync();
        var removed = await users.RemoveFromRolesAsync(user, current);
        if (!removed.Succeeded) return AdminResult.From(removed);
        var added = await users.AddToRoleAsync(user, canonical);
        if (!added.Succeeded) return AdminResult.From(added);
        await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync();
        logger.LogInformation("User {Email} now has role {Role}", user.Email, canonical);
        return AdminResult.Ok;
    });

    public Task<AdminResult> LockAsync(string id, string? actingUserId) => Guarded(id, actingUserId, L["You cannot lock yourself."], async user =>
    {
        if (await IsLastAdminAsync(user, countLocked: false)) return AdminResult.Fail(L["The last Admin who can sign in cannot be locked."]);
        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        if (!result.Succeeded) return AdminResult.From(result);
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {Email} locked", user.Email);
        return AdminResult.Ok;
    });

    public Task<AdminResult> UnlockAsync(string id, string? actingUserId) => Guarded(id, actingUserId, L["You cannot unlock yourself."], async user =>
    {
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (!result.Succeeded) return AdminResult.From(result);
        await users.ResetAccessFailedCountAsync(user);
        failedSignIns.Clear(users.NormalizeEmail(user.Email) ?? "");
        logger.LogInformation("User {Email} unlocked", user.Email);
        return AdminResult.Ok;
    });

    private async Task<AdminResult> Guarded(string id, string? actingUserId, string notYourself, Func<AppUser, Task<AdminResult>> change)
    {
        if (id == actingUserId) return AdminResult.Fail(notYourself);
        await Gate.WaitAsync();
        try
        {
            var user = await users.FindByIdAsync(id);
            return user is null ? AdminResult.Fail(L["There is no such user."]) : await change(user);
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<bool> IsLastAdminAsync(AppUser user, bool countLocked)
    {
        if (!await users.IsInRoleAsync(user, Roles.Admin)) return false;
        var now = time.GetUtcNow();
        var others = (await users.GetUsersInRoleAsync(Roles.Admin)).Where(u => u.Id != user.Id);
        return !others.Any(u => countLocked || !(u.LockoutEnd > now));
    }
}
