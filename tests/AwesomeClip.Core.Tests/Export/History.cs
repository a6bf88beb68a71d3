using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Export;

/// <summary>
/// The 157 versions of the list, kept next to the repository (../shared/data/awesome-clip/history). A git worktree
/// sits one level deeper, so the folders above the repository are searched too.
/// </summary>
public static class History
{
    public static string Folder { get; } = Find();

    public static bool Exists => Directory.Exists(Folder);

    public static string MissingMessage => $"The history of the list is not at {Folder}; copy shared/ next to the repository to run this test.";

    private static string Find()
    {
        var relative = Path.Combine("shared", "data", "awesome-clip", "history");
        for (var dir = Directory.GetParent(Repo.Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(Path.Combine(Repo.Root, "..", relative));
    }

    /// <summary>File names of the versions that hold at least one paper (the others are refused by the importer).</summary>
    public static TheoryData<string> VersionsWithPapers()
    {
        var data = new TheoryData<string>();
        if (!Exists) return data;
        foreach (var path in Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal))
        {
            if (ListParser.Parse(File.ReadAllText(path)).Papers.Any()) data.Add(Path.GetFileName(path));
        }
        return data;
    }
}

/// <summary>A theory over the history that is skipped, with the reason, when the history folder is absent.</summary>
public sealed class HistoryTheoryAttribute : TheoryAttribute
{
    public HistoryTheoryAttribute()
    {
        if (!History.Exists) Skip = History.MissingMessage;
    }
}
