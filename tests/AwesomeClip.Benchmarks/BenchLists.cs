namespace AwesomeClip.Benchmarks;

/// <summary>A list the benchmarks import: its name, its file and the import target for it.</summary>
internal sealed record BenchList(string Name, string Path, double ImportTargetMs)
{
    public const string ListsVariable = "AWESOMECLIP_LISTS";
    public const string LargeName = "diffusion-models";

    /// <summary>The shipped Awesome-CLIP list (109 papers).</summary>
    public static BenchList Real { get; } = new("awesome-clip", BenchPaths.RealList, 1000);

    /// <summary>
    /// The 0.7 MB diffusion-models list (2,975 papers, 38 categories) from shared/data/lists, found as the tests find it
    /// (AWESOMECLIP_LISTS, else <c>../shared</c> or <c>../../shared</c> beside the repository); null when it is absent.
    /// </summary>
    public static BenchList? Large { get; } = FindLarge();

    /// <summary>Where the large list was looked for, for the message that says the benchmark skipped it.</summary>
    public static string LargeMissing =>
        $"SKIPPED: the {LargeName} list was not found at {string.Join(" or ", Candidates().Select(c => System.IO.Path.Combine(c, LargeName, "README.md")))} "
        + $"(set {ListsVariable} to the folder that holds {LargeName}/README.md); its rows are left out.";

    /// <summary>The real list, and the large one when it is there (else a line saying it is skipped).</summary>
    public static IReadOnlyList<BenchList> Available()
    {
        if (Large is null) Console.WriteLine(LargeMissing);
        return Large is null ? [Real] : [Real, Large];
    }

    private static BenchList? FindLarge() =>
        Candidates().Select(c => System.IO.Path.Combine(c, LargeName, "README.md")).FirstOrDefault(File.Exists) is { } path
            ? new BenchList(LargeName, path, 2000)
            : null;

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(ListsVariable) is { Length: > 0 } overridden) yield return System.IO.Path.GetFullPath(overridden);
        yield return System.IO.Path.GetFullPath(System.IO.Path.Combine(BenchPaths.RepoRoot, "..", "shared", "data", "lists"));
        yield return System.IO.Path.GetFullPath(System.IO.Path.Combine(BenchPaths.RepoRoot, "..", "..", "shared", "data", "lists"));
    }
}
