using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Hosting;

/// <summary>
/// The app as a newcomer and an operator start it: <c>dotnet run</c> (the default launch profile, the build output, the
/// project folder as working directory) and a published app started from another folder.
/// </summary>
public sealed class RunCommandTests(RunCommandTests.Published published) : IClassFixture<RunCommandTests.Published>, IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "awesomeclip-run", Guid.NewGuid().ToString("N"));

    private static string ProjectDirectory => Path.Combine(AppProcess.RepoRoot, "src", "AwesomeClip.Web");

    [Fact]
    public void ShouldNotRunInDevelopmentWithTheDefaultLaunchProfile()
    {
        var environment = DefaultProfileEnvironment();

        Assert.False(environment.TryGetValue("ASPNETCORE_ENVIRONMENT", out var name) && name == "Development",
            "dotnet run's default launch profile sets ASPNETCORE_ENVIRONMENT=Development: a stack trace for every error, and a sign-in cookie without Secure");
    }

    /// <param name="environment">Null: what the default launch profile sets; otherwise <c>dotnet run --environment</c>.</param>
    [Theory]
    [InlineData(null)]
    [InlineData("Production")]
    public async Task ShouldServeAnInteractiveAppAndNoExceptionDetailsWhenStartedLikeDotnetRun(string? environment)
    {
        var port = AppProcess.FreePort();
        var dll = Path.Combine(ProjectDirectory, "bin", AppProcess.Configuration, "net10.0", "AwesomeClip.Web.dll");
        var variables = DefaultProfileEnvironment();
        if (environment is not null) variables["ASPNETCORE_ENVIRONMENT"] = environment;
        var start = AppProcess.StartInfo(dll, ProjectDirectory, Path.Combine(root, "data"), port, variables);
        await using var app = await AppProcess.StartAsync(start, port);

        await AssertServesItsStaticFilesAsync(app.Client);
        var (status, body) = await app.SendRawAsync("GET /feed.atom HTTP/1.1\r\nHost: evil.example:99999\r\nConnection: close\r\n\r\n");
        Assert.Equal(400, status);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldServeItsStaticFilesWhenPublishedAndStartedFromAnotherFolder()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(root, "elsewhere")).FullName;
        var port = AppProcess.FreePort();
        var start = AppProcess.StartInfo(Path.Combine(published.Directory, "AwesomeClip.Web.dll"), elsewhere, Path.Combine(root, "data"), port);
        await using var app = await AppProcess.StartAsync(start, port);

        await AssertServesItsStaticFilesAsync(app.Client);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(published.Directory, "wwwroot", "app.css"), TestContext.Current.CancellationToken), await app.Client.GetByteArrayAsync("/app.css", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldRefuseToStartAndSayWhyWhenTheContentRootHasNoStaticFiles()
    {
        var empty = Directory.CreateDirectory(Path.Combine(root, "empty")).FullName;
        var start = AppProcess.StartInfo(Path.Combine(published.Directory, "AwesomeClip.Web.dll"), empty, Path.Combine(root, "data"), AppProcess.FreePort(),
            arguments: $"--contentRoot={empty}");

        var (exit, output) = await AppProcess.RunToEndAsync(start);

        Assert.True(exit == 1, $"exit code {exit}:\n{output}");
        Assert.Contains("AwesomeClip cannot start: app.css and _framework/blazor.web.js not found in", output, StringComparison.Ordinal);
    }

    private static async Task AssertServesItsStaticFilesAsync(HttpClient client)
    {
        foreach (var path in new[] { "/app.css", "/_framework/blazor.web.js" })
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1_000, $"{path} is served empty");
        }
    }

    /// <summary>The environment variables of the profile <c>dotnet run</c> picks when none is named: the first one.</summary>
    private static Dictionary<string, string> DefaultProfileEnvironment()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProjectDirectory, "Properties", "launchSettings.json")));
        var profile = settings.RootElement.GetProperty("profiles").EnumerateObject().First(p => p.Value.GetProperty("commandName").GetString() == "Project").Value;
        return profile.TryGetProperty("environmentVariables", out var variables)
            ? variables.EnumerateObject().ToDictionary(v => v.Name, v => v.Value.GetString() ?? "")
            : [];
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>The app published from its build output (<c>dotnet publish --no-build</c>, seconds) into a temporary folder.</summary>
    public sealed class Published : IAsyncLifetime
    {
        public string Directory { get; } = Path.Combine(Path.GetTempPath(), "awesomeclip-publish", Guid.NewGuid().ToString("N"));

        public async ValueTask InitializeAsync()
        {
            var start = new ProcessStartInfo("dotnet", ["publish", ProjectDirectory, "--no-build", "-c", AppProcess.Configuration, "-o", Directory, "-nologo", "-v", "q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["DOTNET_NOLOGO"] = "1";
            var (exit, output) = await AppProcess.RunToEndAsync(start);
            Assert.True(exit == 0, $"dotnet publish failed:\n{output}");
        }

        public ValueTask DisposeAsync()
        {
            try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
            return ValueTask.CompletedTask;
        }
    }
}
