namespace AwesomeClip.Web.Admin.Accounts;

/// <summary>Where to go after signing in: only paths on this site, never another host (open redirect).</summary>
public static class LocalUrl
{
    /// <summary>Same rules as MVC's <c>IUrlHelper.IsLocalUrl</c>: "/x" but not "//host", "/\host" or control characters.</summary>
    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/') return false;
        if (url.Any(c => char.IsControl(c) || c == '\\')) return false;
        return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
    }

    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";
}
