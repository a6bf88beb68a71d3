using System.Reflection;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>Paths to files shipped in the repository (the real list, fixtures) and to the shared history.</summary>
public static class Repo
{
    public static string Root { get; } = typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string RealList => Path.Combine(Root, "data", "awesome-clip.md");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);
}
