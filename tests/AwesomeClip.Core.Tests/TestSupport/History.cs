namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>
/// The 157 versions of the list (history/NNN.md). CI clones the repository next to a copy of shared/; a worktree under
/// wt/ finds it one level further up; AWESOMECLIP_HISTORY overrides both.
/// </summary>
public static class History
{
    public static string? Folder { get; } = Locate();

    public static IReadOnlyList<string> Versions() =>
        Folder is null ? [] : Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal).ToList();

    private static string? Locate()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("AWESOMECLIP_HISTORY"),
            Path.Combine(Repo.Root, "..", "shared", "data", "awesome-clip", "history"),
            Path.Combine(Repo.Root, "..", "..", "shared", "data", "awesome-clip", "history"),
        };
        return candidates.OfType<string>().Where(c => c.Length > 0 && File.Exists(Path.Combine(c, "002.md"))).Select(Path.GetFullPath).FirstOrDefault();
    }
}

/// <summary>A fact that needs the history of the list; skipped, saying where it looked, when it is absent.</summary>
public sealed class HistoryFactAttribute : FactAttribute
{
    public HistoryFactAttribute()
    {
        if (History.Folder is null)
            Skip = $"The list's history was not found at {Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data", "awesome-clip", "history"))} (set AWESOMECLIP_HISTORY to its folder).";
    }
}
