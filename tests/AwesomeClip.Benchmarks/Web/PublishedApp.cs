using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>Publishes the web app as it is deployed (Release, this machine's runtime identifier, ReadyToRun).</summary>
internal static class PublishedApp
{
    public static async Task<string> PublishAsync()
    {
        var output = Path.GetDirectoryName(BenchPaths.PublishedAppDll)!;
        var project = Path.Combine(BenchPaths.RepoRoot, "src", "AwesomeClip.Web");
        var info = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output, "--nologo", "-v", "q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{await log}\n{await errors}");
        return BenchPaths.PublishedAppDll;
    }
}
