using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>The built app as a real process on a free loopback port, as an operator starts it.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;

    private AppProcess(Process process, int port)
    {
        this.process = process;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public static string RepoRoot { get; } = typeof(AppProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>Debug or Release: the configuration these tests (and so the app) were built in.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>Starts <c>dotnet {dll}</c> in <paramref name="workingDirectory"/>, with no ASPNETCORE_ENVIRONMENT unless given.</summary>
    public static ProcessStartInfo StartInfo(string dll, string workingDirectory, string dataDirectory, int port, IDictionary<string, string>? environment = null, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return start;
    }

    /// <summary>Starts the process and waits until /health/live answers; fails with its output if it exits first.</summary>
    public static async Task<AppProcess> StartAsync(ProcessStartInfo start, int port)
    {
        var app = new AppProcess(Process.Start(start)!, port);
        var watch = Stopwatch.StartNew();
        while (!await app.AnswersAsync())
        {
            if (app.process.HasExited) Assert.Fail($"the app exited with {app.process.ExitCode} before it answered:\n{await app.OutputAsync()}");
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), "the app did not answer within a minute");
            await Task.Delay(100);
        }
        return app;
    }

    /// <summary>Runs the process to its end (a start that must fail); returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, "(still running after a minute, killed)\n" + await output + await errors);
        }
        return (process.ExitCode, await output + await errors);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sends bytes no HttpClient would (a malformed Host, say) and returns the status line and the body.</summary>
    public async Task<(int Status, string Body)> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, Client.BaseAddress!.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));
        var status = int.Parse(text.AsSpan(9, 3), CultureInfo.InvariantCulture);
        var bodyAt = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, bodyAt < 0 ? "" : text[(bodyAt + 4)..]);
    }

    public async Task<string> OutputAsync()
    {
        if (!process.HasExited) return "(still running)";
        return await stdout + await stderr;
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            using var response = await Client.GetAsync(new Uri("/health/live", UriKind.Relative));
            return true;
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

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
                await term.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        process.Dispose();
    }
}
