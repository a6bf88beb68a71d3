using System.Diagnostics;

namespace AwesomeClip.Core.Tests.Export.Patch;

/// <summary>A throwaway git repository holding one file, to check a patch the way a maintainer applies it.</summary>
public sealed class GitRepository : IDisposable
{
    private GitRepository(string root) => Root = root;

    public string Root { get; }

    public static GitRepository With(string path, byte[] content)
    {
        var repository = new GitRepository(Directory.CreateTempSubdirectory("awesomeclip-patch-").FullName);
        repository.Git("init", "-q");
        var file = Path.Combine(repository.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, content);
        repository.Git("add", "-A");
        return repository;
    }

    /// <summary>Runs <c>git apply --check</c>, then <c>git apply</c>; fails the test with git's message if either refuses.</summary>
    public void Apply(byte[] patch)
    {
        var file = Path.Combine(Root, "change.patch");
        File.WriteAllBytes(file, patch);
        Git("apply", "--check", "--verbose", file);
        Git("apply", file);
        File.Delete(file);
    }

    public byte[] Read(string path) => File.ReadAllBytes(Path.Combine(Root, path));

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardError = true, RedirectStandardOutput = true };
        // Keep the machine's git configuration (autocrlf, whitespace rules) out of it: the maintainer's repository has its own.
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var git = Process.Start(start)!;
        var stderr = git.StandardError.ReadToEndAsync();
        var stdout = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)} failed ({git.ExitCode}): {stderr.Result}{stdout}");
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
