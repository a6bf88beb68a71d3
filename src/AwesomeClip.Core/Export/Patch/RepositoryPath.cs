namespace AwesomeClip.Core.Export.Patch;

/// <summary>A file's path inside a repository as a patch names it: relative, forward slashes, no "." or ".." steps.</summary>
public static class RepositoryPath
{
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Trim().Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToList();
        if (path.TrimStart().StartsWith('/') || parts.Count == 0 || parts.Contains("..") || parts.Any(p => p.Any(char.IsControl)))
            throw new PatchRefusedException($"'{path}' is not a file's path inside a repository (use a relative path such as README.md or docs/list.md).");
        return string.Join('/', parts);
    }
}

public sealed class PatchRefusedException(string message) : Exception(message);
