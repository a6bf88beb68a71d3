using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AwesomeClip.Web.Tests.Startup;

/// <summary>The built app as a real process: how a start that cannot succeed ends, and how a stop leaves the data directory.</summary>
public sealed class AppProcessStartupTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "awesomeclip-startup", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ShouldExitWithCode1AndSayWhyWhenTheSeedListIsMissing()
    {
        var missing = Path.Combine(root, "no-such-list.md");
        using var process = Process.Start(AppStart("--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={Path.Combine(root, "data")}", $"--Seed:ListPath={missing}"))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // A hang guard: failing takes about a second.
        await process.WaitForExitAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        var log = await stdout + await stderr;
        Assert.True(process.ExitCode == 1, $"exit code {process.ExitCode}:\n{log}");
        Assert.Contains("AwesomeClip could not start", log, StringComparison.Ordinal);
        Assert.Contains("no-such-list.md", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldCloseTheSearchIndexOnShutdownSoTheNextStartOpensItAsItIs()
    {
        var data = Path.Combine(root, "data");

        var first = await RunUntilReadyThenStopAsync(data);
        var second = await RunUntilReadyThenStopAsync(data);

        Assert.Contains($"Search index rebuilt: {SeedList.Papers} papers", first, StringComparison.Ordinal);
        Assert.Contains($"is current: {SeedList.Papers} papers", second, StringComparison.Ordinal);
        Assert.DoesNotContain("write.lock", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Rebuilding the search index", second, StringComparison.Ordinal);
    }

    /// <summary>Starts the app on a free port, waits for /health/ready, stops it the way systemd does (SIGTERM) and returns its log.</summary>
    private static async Task<string> RunUntilReadyThenStopAsync(string dataDirectory)
    {
        var port = FreePort();
        using var process = Process.Start(AppStart("--urls", $"http://127.0.0.1:{port}", $"--Storage:DataDirectory={dataDirectory}"))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (!await IsReadyAsync(client))
        {
            if (process.HasExited) Assert.Fail($"the app exited with {process.ExitCode} before it was ready: {await stdout}{await stderr}");
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), "the app was not ready within a minute");
            await Task.Delay(100);
        }
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var log = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode} after SIGTERM:\n{log}");
        return log;
    }

    private static async Task<bool> IsReadyAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static ProcessStartInfo AppStart(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "AwesomeClip.Web.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
