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
        if (LeavesThroughALink(rootFull, prefix, candidate)) return false;
        fullPath = candidate;
        return true;
    }

    /// <summary>A symbolic link on the way (a folder or the file itself) that points outside the root.</summary>
    private static bool LeavesThroughALink(string rootFull, string prefix, string candidate)
    {
        var realRoot = Real(rootFull);
        var realPrefix = realRoot.EndsWith(Path.DirectorySeparatorChar) ? realRoot : realRoot + Path.DirectorySeparatorChar;
        for (var at = candidate; at.Length > prefix.Length - 1 && at.StartsWith(prefix, StringComparison.Ordinal); at = Path.GetDirectoryName(at) ?? "")
        {
            FileSystemInfo info = Directory.Exists(at) ? new DirectoryInfo(at) : new FileInfo(at);
            if (info.LinkTarget is null) continue;
            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null || !Real(target).StartsWith(realPrefix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static string Real(string path)
    {
        try
        {
            return new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }
}
