namespace AwesomeClip.Core.Catalog;

/// <summary>Resolves a figure reference inside a root folder, refusing anything that would leave it.</summary>
public static class FigurePath
{
    public static bool TryResolve(string root, string relative, out string fullPath)
    {
        fullPath = "";
        var trimmed = relative.Trim();
        if (trimmed.Length == 0 || Path.IsPathRooted(trimmed) || trimmed.Contains('\0', StringComparison.Ordinal) || trimmed.Contains("://", StringComparison.Ordinal))
            return false;
        var rootFull = Path.GetFullPath(root);
        var candidate = Path.GetFullPath(Path.Combine(rootFull, trimmed));
        var prefix = rootFull.EndsWith(Path.DirectorySeparatorChar) ? rootFull : rootFull + Path.DirectorySeparatorChar;
        if (!candidate.StartsWith(prefix, StringComparison.Ordinal)) return false;
        fullPath = candidate;
        return true;
    }
}
