namespace AwesomeClip.Benchmarks;

/// <summary>The repository (for the real list and the judgments) and the scratch folder the corpora are cached in.</summary>
internal static class BenchPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string RealList => Path.Combine(RepoRoot, "data", "awesome-clip.md");

    public static string Judgments => Path.Combine(RepoRoot, "tests", "AwesomeClip.Core.Tests", "Search", "Fixtures", "relevance-judgments.json");

    /// <summary>The web app's Release build output (built with this project, which references it).</summary>
    public static string WebAppDll => Path.Combine(RepoRoot, "src", "AwesomeClip.Web", "bin", "Release", "net10.0", "AwesomeClip.Web.dll");

    /// <summary>Where <see cref="Web.PublishedApp"/> publishes the app (ReadyToRun, as deployed).</summary>
    public static string PublishedAppDll => Path.Combine(Scratch, "published", "AwesomeClip.Web.dll");

    public static string Scratch { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "awesomeclip-bench")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AwesomeClip.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run from inside the repository (AwesomeClip.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
