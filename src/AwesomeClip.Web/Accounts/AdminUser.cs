using System.Security.Claims;

namespace AwesomeClip.Web.Accounts;

public static class AdminUser
{
    /// <summary>The name recorded as the actor of an edit: the user name, else the e-mail claim.</summary>
    public static string NameOf(ClaimsPrincipal? user) =>
        user?.Identity?.Name is { Length: > 0 } name ? name
        : user?.FindFirst(ClaimTypes.Email)?.Value is { Length: > 0 } email ? email
        : "unknown";
}
