using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Catalog;

public static partial class GithubRepo
{
    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerName();

    [GeneratedRegex(@"^https?://(?:www\.)?github\.com/(?<repo>[^/\s?#]+/[^/\s?#]+?)(?:\.git)?/?(?:[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RepoUrl();

    [GeneratedRegex(@"^https?://img\.shields\.io/github/stars/(?<repo>[^/\s?#]+/[^/\s?#]+?)(?:\.svg)?(?:[?#].*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BadgeUrl();

    public static bool IsValid(string value) => OwnerName().IsMatch(value);

    public static string? FromRepositoryUrl(string url)
    {
        var m = RepoUrl().Match(url.Trim());
        return m.Success && IsValid(m.Groups["repo"].Value) ? m.Groups["repo"].Value : null;
    }

    public static string? FromBadgeUrl(string url)
    {
        var m = BadgeUrl().Match(url.Trim());
        return m.Success && IsValid(m.Groups["repo"].Value) ? m.Groups["repo"].Value : null;
    }
}
