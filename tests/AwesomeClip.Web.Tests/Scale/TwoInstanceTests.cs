using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Scale;

/// <summary>An edit made through one instance is searchable on another within 2 seconds, whatever the provider.</summary>
public sealed class TwoInstanceTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task ShouldMakeAnEditOnOneInstanceSearchableOnTheOtherOnSqlite()
    {
        var shared = Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"));
        using var a = Instances.Sqlite(shared, "a");
        await Instances.StartAsync(a);
        // Disposed first: it must leave the shared folder to instance a, whose index writer still commits as it closes.
        using var b = Instances.Sqlite(shared, "b", ownsDataDirectory: false);
        var clientB = await Instances.StartAsync(b);
        Assert.Equal(0, await Instances.SearchTotalAsync(clientB, "Quokkaformer"));

        await Instances.RenameFirstPaperAsync(a, "Quokkaformer");
        var lag = await Instances.TimeUntilFoundAsync(clientB, "Quokkaformer", Limit);

        output.WriteLine($"SQLite A→B search lag: {lag.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task ShouldMakeACommandLineImportSearchableInTheRunningAppOnSqlite()
    {
        using var app = new AppFactory { Settings = { ["ChangeLog:PollInterval"] = "00:00:00.200" } };
        var client = await Instances.StartAsync(app);
        var list = Path.Combine(app.DataDirectory, "changed.md");
        var original = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md"), TestContext.Current.CancellationToken);
        // The first paper row's bold title gets a word no paper has.
        var row = original.Split('\n').First(l => l.StartsWith("| [", StringComparison.Ordinal));
        var renamed = System.Text.RegularExpressions.Regex.Replace(row, @"\*\*(.+?)\*\*", "**$1 Wombatnet**", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        await File.WriteAllTextAsync(list, original.Replace(row, renamed, StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var exit = await Cli.RunAsync(["import", list, $"--Storage:DataDirectory={app.DataDirectory}"], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exit);
        var lag = await Instances.TimeUntilFoundAsync(client, "Wombatnet", Limit);

        output.WriteLine($"CLI import → running app search lag: {lag.TotalMilliseconds:0} ms");
    }

    [PostgreSqlFact]
    public async Task ShouldMakeAnEditOnOneInstanceSearchableOnTheOtherOnPostgreSql()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            using var a = Instances.PostgreSql(database);
            await Instances.StartAsync(a);
            using var b = Instances.PostgreSql(database);
            var clientB = await Instances.StartAsync(b);
            Assert.Equal(0, await Instances.SearchTotalAsync(clientB, "Quokkaformer"));

            await Instances.RenameFirstPaperAsync(a, "Quokkaformer");
            var lag = await Instances.TimeUntilFoundAsync(clientB, "Quokkaformer", Limit);

            output.WriteLine($"PostgreSQL A→B search lag (LISTEN/NOTIFY): {lag.TotalMilliseconds:0} ms");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }
}
