using System.Net;
using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Storage.Backup;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Scale;

public sealed class BackupRestoreTests
{
    [Fact]
    public async Task ShouldBackUpALiveCatalogUnderConcurrentEditsAndRestoreItIntact()
    {
        using var app = new AppFactory();
        await Instances.StartAsync(app);
        int links;
        await using (var db = app.CreateDbContext()) links = await db.PaperLinks.CountAsync(cancellationToken: TestContext.Current.CancellationToken);
        var archive = Path.Combine(app.DataDirectory, "..", $"{Guid.NewGuid():N}.zip");
        var figure = Path.Combine(app.DataDirectory, "figures", "uploaded", "f.png");
        Directory.CreateDirectory(Path.GetDirectoryName(figure)!);
        await File.WriteAllBytesAsync(figure, [0x89, 0x50, 0x4E, 0x47], TestContext.Current.CancellationToken);

        // Edits keep committing (each bumps a paper's version and logs a change) while the backup runs.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var edits = 0;
        var editing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested && edits < 400)
            {
                await using var db = app.CreateDbContext();
                var paper = await db.Papers.OrderBy(p => p.Id).Skip(edits % 100).FirstAsync();
                paper.Version++;
                paper.Abstract += " x";
                await db.SaveChangesAsync();
                edits++;
            }
        }, TestContext.Current.CancellationToken);
        while (edits < 5) await Task.Delay(10, TestContext.Current.CancellationToken);
        var backup = await Cli.RunAsync(["backup", archive, $"--Storage:DataDirectory={app.DataDirectory}"], TextWriter.Null, TextWriter.Null);
        var editsDuringBackup = edits;
        await stop.CancelAsync();
        await editing;
        Assert.Equal(0, backup);
        Assert.True(editsDuringBackup > 5, "the edits ran alongside the backup");

        var restored = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"));
        var stderr = new StringWriter();
        Assert.Equal(0, await Cli.RunAsync(["restore", archive, $"--Storage:DataDirectory={restored}"], TextWriter.Null, stderr));

        var database = Path.Combine(restored, "catalog.db");
        Assert.Equal("ok", await SqliteBackup.IntegrityCheckAsync(database, TestContext.Current.CancellationToken));
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            Assert.Equal(109L, await ScalarAsync(connection, "SELECT COUNT(*) FROM Papers"));
            Assert.Equal(links, await ScalarAsync(connection, "SELECT COUNT(*) FROM PaperLinks"));
            // Consistent: every committed edit in the copy has its log entry, and no entry lacks its edit.
            var versionsAboveImport = await ScalarAsync(connection, "SELECT SUM(Version - 1) FROM Papers");
            var loggedEdits = await ScalarAsync(connection, "SELECT COUNT(*) FROM CatalogChanges") - 1;
            Assert.Equal(versionsAboveImport, loggedEdits);
        }
        Assert.True(File.Exists(Path.Combine(restored, "figures", "uploaded", "f.png")));

        using var again = new AppFactory { DataDirectory = restored };
        var client = await Instances.StartAsync(again);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/papers?pageSize=5", TestContext.Current.CancellationToken)).StatusCode);
        Assert.True(await Instances.SearchTotalAsync(client, "CLIP") > 0);
        File.Delete(archive);
    }

    [Fact]
    public async Task ShouldRefuseToRestoreIntoADataDirectoryThatIsNotEmpty()
    {
        using var app = new AppFactory();
        await Instances.StartAsync(app);
        var archive = Path.Combine(app.DataDirectory, "backup.zip");
        Assert.Equal(0, await Cli.RunAsync(["backup", archive, $"--Storage:DataDirectory={app.DataDirectory}"], TextWriter.Null, TextWriter.Null));

        var stderr = new StringWriter();
        var exit = await Cli.RunAsync(["restore", archive, $"--Storage:DataDirectory={app.DataDirectory}"], TextWriter.Null, stderr);

        Assert.Equal(1, exit);
        Assert.Contains("is not empty", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("--force", stderr.ToString(), StringComparison.Ordinal);
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
