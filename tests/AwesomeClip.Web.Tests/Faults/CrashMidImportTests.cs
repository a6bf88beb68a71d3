using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using AwesomeClip.Web.Api;
using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace AwesomeClip.Web.Tests.Faults;

/// <summary>
/// The real command line, SIGKILLed at several moments of a long import into a catalog holding the real list: the
/// catalog afterwards holds all of the import or none of it, and the app starts on it and serves.
/// </summary>
public sealed class CrashMidImportTests(ITestOutputHelper output) : IDisposable
{
    private const int Categories = 8;
    private const int RowsPerCategory = 100;

    private readonly string root = Path.Combine(Path.GetTempPath(), "awesomeclip-crash", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ShouldHoldAllOrNoneOfAnImportKilledAtAnyMoment()
    {
        var seeded = Path.Combine(root, "seeded");
        Directory.CreateDirectory(root);
        var list = Path.Combine(root, "big.md");
        await File.WriteAllTextAsync(list, BigList.Build(Categories, RowsPerCategory), TestContext.Current.CancellationToken);
        Assert.Equal(0, await Cli.RunAsync(["import", Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md"), $"--Storage:DataDirectory={seeded}"], TextWriter.Null, TextWriter.Null));
        SqliteConnection.ClearAllPools();
        var before = CatalogSnapshot.Read(seeded);

        // A full run: what "all of it" looks like, and how long the import takes on this machine.
        var complete = CopyOf(seeded, "complete");
        var watch = Stopwatch.StartNew();
        var (exit, stdout, stderr) = await ImportProcess.RunAsync(list, complete, killAfter: null);
        watch.Stop();
        Assert.True(exit == 0, $"the full import failed ({exit}): {stdout}\n{stderr}");
        var after = CatalogSnapshot.Read(complete);
        Assert.Equal(before.Papers + Categories * RowsPerCategory, after.Papers);
        output.WriteLine($"full import run: {watch.ElapsedMilliseconds} ms; {before.Papers} → {after.Papers} papers");

        var outcomes = new List<string>();
        var served = new HashSet<bool>();
        foreach (var fraction in new[] { 0.4, 0.7, 0.9 })
        {
            var killed = CopyOf(seeded, $"killed-{fraction.ToString(CultureInfo.InvariantCulture)}");
            var killAfter = watch.Elapsed * fraction;
            var (killedExit, _, _) = await ImportProcess.RunAsync(list, killed, killAfter);
            var state = CatalogSnapshot.Read(killed);

            Assert.Equal("ok", state.Integrity);
            Assert.True(state.Equals(before) || state.Equals(after),
                $"killed after {killAfter.TotalMilliseconds:0} ms (exit {killedExit}): the catalog is neither before ({before.Papers} papers) nor after ({after.Papers}) but {state.Papers} papers, {state.Documents} documents");
            outcomes.Add($"{killAfter.TotalMilliseconds:0} ms → {(state.Equals(before) ? "none" : "all")}");

            // The app starting on a catalog left "none" and on one left "all" is the proof; a third start on a state
            // already served repeats it.
            if (served.Add(state.Equals(before))) await AssertTheAppServesAsync(killed, state.Papers);
        }
        output.WriteLine(string.Join("; ", outcomes));
    }

    private static async Task AssertTheAppServesAsync(string dataDirectory, int papers)
    {
        using var app = new AppFactory(dataDirectory);
        using var client = app.CreateClient();
        var page = await client.GetFromJsonAsync<ApiPaperPage>("/api/papers?pageSize=1");
        Assert.Equal(papers, page!.Total);
    }

    private string CopyOf(string source, string name)
    {
        var target = Path.Combine(root, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "catalog.db*"))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The built app (<c>AwesomeClip.Web.dll</c> beside the tests) running <c>import</c> as a child process.</summary>
internal static class ImportProcess
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string list, string dataDirectory, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "AwesomeClip.Web.dll"), "import", list, $"--Storage:DataDirectory={dataDirectory}" },
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay)
        {
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(delay)) != exited) process.Kill(entireProcessTree: true);
        }
        // A hang guard: the full import takes seconds.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What the catalog holds, read with plain SQLite (it also recovers the WAL a killed process left).</summary>
internal sealed record CatalogSnapshot(int Papers, int Links, int Documents, int Revisions, string Rows, string Integrity)
{
    public static CatalogSnapshot Read(string dataDirectory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "catalog.db")};Pooling=False");
        connection.Open();
        string Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
        }
        var rows = new StringBuilder();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Id, CategoryId, Position, Title, SourceFingerprint, DeletedAt IS NULL FROM Papers ORDER BY Id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                rows.Append(CultureInfo.InvariantCulture, $"{reader.GetInt32(0)}|{reader.GetInt32(1)}|{reader.GetInt32(2)}|{reader.GetString(3)}|{(reader.IsDBNull(4) ? "" : reader.GetString(4))}|{reader.GetBoolean(5)}\n");
        }
        return new CatalogSnapshot(
            int.Parse(Scalar("SELECT COUNT(*) FROM Papers WHERE DeletedAt IS NULL"), CultureInfo.InvariantCulture),
            int.Parse(Scalar("SELECT COUNT(*) FROM PaperLinks"), CultureInfo.InvariantCulture),
            int.Parse(Scalar("SELECT COUNT(*) FROM SourceDocuments"), CultureInfo.InvariantCulture),
            int.Parse(Scalar("SELECT COUNT(*) FROM PaperRevisions"), CultureInfo.InvariantCulture),
            rows.ToString(),
            Scalar("PRAGMA integrity_check"));
    }
}

/// <summary>The real list followed by many synthetic categories of valid rows: an import that takes a while.</summary>
internal static class BigList
{
    public static string Build(int categories, int rowsPerCategory)
    {
        var sb = new StringBuilder(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md")));
        for (var c = 0; c < categories; c++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n\n## Synthetic {c}\n\n| Title | Abstract | Intro | Useful Links |\n|:----| :---:| :----: | :---:|\n|2024|\n");
            for (var i = 0; i < rowsPerCategory; i++)
            {
                sb.Append(CultureInfo.InvariantCulture,
                    $"| **Synthetic Study {c}-{i} of Crash Safety** <br>| 合成的摘要 {c} {i}: a contrastive model trained on pairs, number {i * 7919 % 10007}. | <img src=\"./images/syn-{c}-{i}.png\"  width=\"640px\"/> | [[Paper](https://arxiv.org/abs/24{c % 12 + 1:00}.{c * 1000 + i:00000})] |\n");
            }
        }
        return sb.ToString();
    }
}
