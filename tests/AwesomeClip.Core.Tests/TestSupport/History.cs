using System.Runtime.CompilerServices;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>
/// The <see cref="VersionCount"/> versions of the list (shared/data/awesome-clip/history/NNN.md). CI clones the repository next to a copy of
/// shared/; a worktree under wt/ finds it one level further up; AWESOMECLIP_HISTORY overrides both.
/// </summary>
public static class History
{
    public const string Variable = "AWESOMECLIP_HISTORY";

    /// <summary>How many versions the history holds (001.md to 157.md).</summary>
    public const int VersionCount = 157;

    public static string? Folder { get; } = Locate();

    public static string SkipReason =>
        $"The list's history was not found at {Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data", "awesome-clip", "history"))} "
        + $"(copy shared/ next to the repository, or set {Variable} to the folder).";

    public static IReadOnlyList<string> Versions() =>
        Folder is null ? [] : Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal).ToList();

    public static string Version(string fileName) => Path.Combine(Folder ?? throw new InvalidOperationException(SkipReason), fileName);

    /// <summary>File names of the versions that hold at least one paper (the others are refused by the importer).</summary>
    public static TheoryData<string> VersionsWithPapers()
    {
        var data = new TheoryData<string>();
        foreach (var path in Versions())
        {
            if (ListParser.Parse(File.ReadAllText(path)).Papers.Any()) data.Add(Path.GetFileName(path));
        }
        return data;
    }

    private static string? Locate()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable(Variable),
            Path.Combine(Repo.Root, "..", "shared", "data", "awesome-clip", "history"),
            Path.Combine(Repo.Root, "..", "..", "shared", "data", "awesome-clip", "history"),
        };
        return candidates.OfType<string>().Where(c => c.Length > 0 && File.Exists(Path.Combine(c, "002.md"))).Select(Path.GetFullPath).FirstOrDefault();
    }
}

/// <summary>A fact that needs the history of the list; skipped, saying where it looked, when it is absent.</summary>
public sealed class HistoryFactAttribute : FactAttribute
{
    public HistoryFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (History.Folder is null) Skip = History.SkipReason;
    }
}

/// <summary>A theory over the history; skipped, saying where it looked, when it is absent.</summary>
public sealed class HistoryTheoryAttribute : TheoryAttribute
{
    public HistoryTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (History.Folder is null) Skip = History.SkipReason;
    }
}
