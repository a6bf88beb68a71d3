using Microsoft.AspNetCore.Authorization;

namespace AwesomeClip.Web.Accounts;

/// <summary>The two roles. A user holds exactly one of them.</summary>
public static class Roles
{
    /// <summary>Everything, including managing users.</summary>
    public const string Admin = "Admin";

    /// <summary>Edits the catalog.</summary>
    public const string Editor = "Editor";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor];

    /// <summary>The canonical spelling of a role name typed by a person ("admin" → "Admin"), or null.</summary>
    public static string? Parse(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Authorization policies for admin pages and endpoints:
/// <c>@attribute [Authorize(Policy = AdminPolicies.Editor)]</c> on a page,
/// <c>.RequireAuthorization(AdminPolicies.Editor)</c> on an endpoint.
/// </summary>
public static class AdminPolicies
{
    /// <summary>Edit the catalog: role Editor or Admin.</summary>
    public const string Editor = "Editor";

    /// <summary>Manage users: role Admin.</summary>
    public const string Admin = "Admin";

    public static AuthorizationBuilder AddAdminPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Editor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Editor, Roles.Admin))
        .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
}
