using System.Reflection;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>The <c>User-Agent</c> of the checker: <c>AwesomeClip/1.0.0 (+https://clip.example.org/)</c>, so a site's owner sees who asks and where to look.</summary>
public static class UserAgent
{
    public const string Product = "AwesomeClip";

    /// <param name="version">The app's version (its informational version without build metadata).</param>
    /// <param name="site">The instance's public URL (<c>Site:PublicBaseUrl</c>); without one the comment says what the client is.</param>
    public static string For(string version, Uri? site)
    {
        ArgumentNullException.ThrowIfNull(version);
        var comment = site is { IsAbsoluteUri: true } && site.Scheme is "http" or "https"
            ? "+" + site.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            : "link checker";
        return $"{Product}/{version} ({comment})";
    }

    /// <summary>The informational version of an assembly without the <c>+commit</c> part, e.g. <c>1.0.0</c>.</summary>
    public static string VersionOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? version[..plus] : version;
    }
}
