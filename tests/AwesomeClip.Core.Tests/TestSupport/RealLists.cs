using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>
/// Six real awesome lists of other layouts (shared/data/lists: awesome-nerf, matrixbrain-nerf, diffusion-models,
/// yzhuoning-clip, deep-learning-papers, cvpr2024-code), each a README.md, two with a history/ of versions. CI clones the
/// repository next to a copy of shared/; a worktree under wt/ finds it one level further up; AWESOMECLIP_LISTS overrides both.
/// </summary>
public static class RealLists
{
    public const string Variable = "AWESOMECLIP_LISTS";

    private static readonly ConcurrentDictionary<string, Lazy<ParsedList>> Parsed = new(StringComparer.Ordinal);

    public static string? Folder { get; } = Locate();

    /// <summary>Where the lists were looked for, for the skip message.</summary>
    public static IReadOnlyList<string> Candidates { get; } = CandidateFolders().ToList();

    public static string SkipReason =>
        $"The real lists were not found at {string.Join(" or ", Candidates)} (set {Variable} to the folder that holds awesome-nerf/, matrixbrain-nerf/, … and MANIFEST.tsv).";

    public static string Readme(string list) => Path.Combine(RequiredFolder, list, "README.md");

    public static string Text(string list) => File.ReadAllText(Readme(list));

    /// <summary>The list's README parsed once for the whole run (diffusion-models is 0.7 MB).</summary>
    public static ParsedList Parse(string list) =>
        Parsed.GetOrAdd(list, l => new Lazy<ParsedList>(() => ListParser.Parse(Text(l), $"{l}/README.md"))).Value;

    /// <summary>The list's history versions (history/NNN.md), oldest first; empty when the lists are absent.</summary>
    public static IReadOnlyList<string> Versions(string list) =>
        Folder is null || !Directory.Exists(Path.Combine(Folder, list, "history"))
            ? []
            : Directory.GetFiles(Path.Combine(Folder, list, "history"), "*.md").Order(StringComparer.Ordinal).ToList();

    public static string Version(string list, string version) => Path.Combine(RequiredFolder, list, "history", version);

    private static string RequiredFolder => Folder ?? throw new InvalidOperationException(SkipReason);

    private static IEnumerable<string> CandidateFolders()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } overridden) yield return Path.GetFullPath(overridden);
        yield return Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data", "lists"));
        yield return Path.GetFullPath(Path.Combine(Repo.Root, "..", "..", "shared", "data", "lists"));
    }

    private static string? Locate() =>
        CandidateFolders().FirstOrDefault(c => File.Exists(Path.Combine(c, "MANIFEST.tsv")) && Directory.Exists(Path.Combine(c, "awesome-nerf")));
}

/// <summary>A fact that needs the real lists; skipped, saying where it looked, when they are absent.</summary>
public sealed class RealListFactAttribute : FactAttribute
{
    public RealListFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (RealLists.Folder is null) Skip = RealLists.SkipReason;
    }
}

/// <summary>A theory over the real lists; skipped, saying where it looked, when they are absent.</summary>
public sealed class RealListTheoryAttribute : TheoryAttribute
{
    public RealListTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber)
    {
        if (RealLists.Folder is null) Skip = RealLists.SkipReason;
    }
}
