using AwesomeClip.Web.CommandLine;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>Runs maintenance commands as the command line does, on a data directory of its own that it deletes afterwards.</summary>
public sealed class CliSandbox : IDisposable
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "awesomeclip-cli", Guid.NewGuid().ToString("N"));

    public string PathOf(string name) => Path.Combine(DataDirectory, name);

    public async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Cli.RunAsync([.. args, $"--Storage:DataDirectory={DataDirectory}"], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
