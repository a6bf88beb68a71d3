using System.Diagnostics;

namespace AwesomeClip.Web.Tests.Startup;

/// <summary>The built app as a real process: how a start that cannot succeed ends.</summary>
public sealed class AppProcessStartupTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "awesomeclip-startup", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ShouldExitWithCode1AndSayWhyWhenTheSeedListIsMissing()
    {
        var missing = Path.Combine(root, "no-such-list.md");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "AwesomeClip.Web.dll"), "--urls", "http://127.0.0.1:0",
                $"--Storage:DataDirectory={Path.Combine(root, "data")}", $"--Seed:ListPath={missing}",
            },
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // A hang guard: failing takes about a second.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        var log = await stdout + await stderr;
        Assert.True(process.ExitCode == 1, $"exit code {process.ExitCode}:\n{log}");
        Assert.Contains("AwesomeClip could not start", log, StringComparison.Ordinal);
        Assert.Contains("no-such-list.md", log, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
