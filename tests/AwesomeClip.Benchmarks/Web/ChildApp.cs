using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// The built or published app as its own process (<c>dotnet AwesomeClip.Web.dll --urls http://127.0.0.1:port</c>, Production),
/// with a data directory of its own; stopped and its data directory removed on dispose.
/// </summary>
internal sealed class ChildApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private ChildApp(Process process, Uri baseAddress, string dataDirectory, long startedAt)
    {
        this.process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        StartedAt = startedAt;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    /// <summary><see cref="Stopwatch.GetTimestamp"/> just before the process was started.</summary>
    public long StartedAt { get; }

    /// <summary>Wall-clock time of the start, to read the app's log timestamps against.</summary>
    public DateTime StartedAtClock { get; } = DateTime.Now;

    public int ProcessId => process.Id;

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (output) return [.. output];
        }
    }

    public static ChildApp Start(string appDll, string? dataDirectory = null)
    {
        if (!File.Exists(appDll)) throw new InvalidOperationException($"{appDll} not found: build or publish the app first.");
        dataDirectory ??= Path.Combine(BenchPaths.Scratch, "child-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [appDll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["Storage__DataDirectory"] = dataDirectory;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ";
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info)!;
        var child = new ChildApp(process, new Uri($"http://127.0.0.1:{port}/"), dataDirectory, startedAt);
        process.OutputDataReceived += (_, e) => child.Record(e.Data);
        process.ErrorDataReceived += (_, e) => child.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Polls <c>/</c> every few milliseconds until it answers 200; returns the time since the process was started.</summary>
    public async Task<TimeSpan> WaitForHomeAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        while (Stopwatch.GetElapsedTime(StartedAt) < timeout)
        {
            if (process.HasExited) throw new InvalidOperationException("The app exited during start:\n" + string.Join('\n', Output));
            try
            {
                using var response = await client.GetAsync("/");
                if (response.StatusCode == HttpStatusCode.OK) return Stopwatch.GetElapsedTime(StartedAt);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(5);
        }
        throw new TimeoutException($"The app did not serve / within {timeout}:\n" + string.Join('\n', Output));
    }

    private void Record(string? line)
    {
        if (line is null) return;
        lock (output) output.Add(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
