using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace AwesomeClip.Web.Tests.CommandLine;

/// <summary><c>import</c> on lists of any layout: the sections report, <c>--dry-run</c>, and layout files (<c>--layout</c> or beside the list).</summary>
public sealed class ImportLayoutCliTests : IDisposable
{
    private const string WithoutCaptioning = """{ "sections": [ { "match": "Captioning", "import": false } ] }""";
    private const string WithoutRetrieval = """{ "sections": [ { "match": "Retrieval", "import": false } ] }""";
    private readonly string root = Path.Combine(Path.GetTempPath(), "awesomeclip-cli-layout", Guid.NewGuid().ToString("N"));

    private string DataDirectory => Path.Combine(root, "data");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(root, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    [Fact]
    public async Task ShouldPrintEachSectionsRoleOnADryRun()
    {
        var (exit, output, _) = await RunAsync("import", TestLists.Bullets, "--dry-run");

        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.Contains("  line     1  Awesome Tiny Vision: the list's title", lines);
        Assert.Contains("  line     5  Contents: table of contents, not imported", lines);
        Assert.Contains("  line    13  Vision: groups the sections under it", lines);
        Assert.Contains(lines, l => l.StartsWith("  line    15  Vision / Detection: 2 entries as bullets", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  line    29  Language / Generation: 1 entry as bullets", StringComparison.Ordinal));
        Assert.Contains("  line    33  Contributing: about the list, not imported", lines);
        // The link to ./citations/page.html is no web address and no file the app serves: reported, not stored.
        Assert.Contains("README.md: 6 papers in 5 categories, 4 links, 1 figures.", lines);
        Assert.Contains(lines, l => l.StartsWith("  line 17: skipped: 'Tiny Boxes Everywhere': the link 'page' (./citations/page.html) was not imported", StringComparison.Ordinal));
        Assert.Contains("Dry run: the catalog was not changed.", lines);
    }

    [Fact]
    public async Task ShouldPrintEachTablesColumnToFieldMappingAndWhereTheYearsCameFrom()
    {
        var (_, output, _) = await RunAsync("import", TestLists.Table, "--dry-run");

        var lines = Lines(output);
        Assert.Contains("               columns: Year → year, Venue → venue, Code → code, Title → title, Task → other", lines);
        Assert.Contains("               columns: Date → date, Title → title, Authors → authors, Venue → venue, Figure → figure", lines);
        Assert.Contains("               years: 2 from a year column", lines);
        Assert.Contains("               years: 2 from a date", lines);
    }

    [Fact]
    public async Task ShouldPrintWhatWasNotImportedWithItsLineAndWhy()
    {
        var (_, bullets, _) = await RunAsync("import", TestLists.Bullets, "--dry-run");
        var (_, table, _) = await RunAsync("import", TestLists.Table, "--dry-run");

        Assert.Contains("  line 37: skipped: 'Our Own Tooling Paper' was not imported: section 'Contributing' is about the list (contributing, license, citation…), not part of it", Lines(bullets));
        Assert.Contains(Lines(table), l => l.StartsWith("  line 10: skipped:", StringComparison.Ordinal) && l.EndsWith("the row has no title in its 'Title' column", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldSaySkippedOnceForARowWithoutATitle()
    {
        var (_, output, _) = await RunAsync("import", TestLists.Table, "--dry-run");

        Assert.Contains("  line 10: skipped: the row has no title in its 'Title' column", Lines(output));
    }

    [Fact]
    public async Task ShouldChangeNothingOnADryRun()
    {
        var (exit, output, _) = await RunAsync("import", TestLists.Table, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("4 added, 0 changed", output);
        Assert.Equal(0, await CountAsync("Papers"));
        Assert.Equal(0, await CountAsync("Categories"));
        Assert.Equal(0, await CountAsync("SourceDocuments"));
    }

    [Fact]
    public async Task ShouldPrintTheSectionsReportAfterAnImportToo()
    {
        var (exit, output, _) = await RunAsync("import", TestLists.Table);

        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.Contains(lines, l => l.StartsWith("Imported README.md: 4 papers in 2 categories", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  line     5  Retrieval: 2 entries as table rows", StringComparison.Ordinal));
        Assert.Contains("Catalog: 4 added, 0 updated, 0 removed, 0 unchanged.", lines);
        Assert.Equal(4, await CountAsync("Papers"));
    }

    [Fact]
    public async Task ShouldReadTheListWithTheLayoutFileItIsGiven()
    {
        var layout = await WriteAsync("layouts/captioning-out.json", WithoutCaptioning);

        var (exit, output, _) = await RunAsync("import", TestLists.Table, "--layout", layout);

        Assert.Equal(0, exit);
        Assert.Contains("  line    13  Captioning: left out by the layout file", Lines(output));
        Assert.Contains(Lines(output), l => l.StartsWith("Imported README.md: 2 papers in 1 categories", StringComparison.Ordinal));
        Assert.Equal(2, await CountAsync("Papers"));
        Assert.Equal(WithoutCaptioning, await ScalarAsync<string>("SELECT Layout FROM SourceDocuments"));
    }

    [Fact]
    public async Task ShouldReadTheLayoutFileBesideTheList()
    {
        var list = TestLists.CopyToTemp(TestLists.Table, root);
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(list)!, "awesomeclip.json"), WithoutCaptioning, TestContext.Current.CancellationToken);

        var (exit, output, _) = await RunAsync("import", list, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("  line    13  Captioning: left out by the layout file", Lines(output));
        Assert.Contains("README.md: 2 papers in 1 categories, 1 links, 0 figures.", Lines(output));
    }

    [Fact]
    public async Task ShouldPreferTheGivenLayoutFileToTheOneBesideTheList()
    {
        var list = TestLists.CopyToTemp(TestLists.Table, root);
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(list)!, "awesomeclip.json"), WithoutCaptioning, TestContext.Current.CancellationToken);
        var layout = await WriteAsync("other.json", WithoutRetrieval);

        var (exit, output, _) = await RunAsync("import", list, "--layout", layout);

        Assert.Equal(0, exit);
        Assert.Contains("  line     5  Retrieval: left out by the layout file", Lines(output));
        Assert.Contains(Lines(output), l => l.StartsWith("  line    13  Captioning: 2 entries as table rows", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldTakeColumnRolesFromTheLayoutFile()
    {
        var layout = await WriteAsync("task.json", """{ "columns": { "Task": "abstract" } }""");

        var (exit, output, _) = await RunAsync("import", TestLists.Table, "--layout", layout);

        Assert.Equal(0, exit);
        Assert.Contains("               columns: Year → year, Venue → venue, Code → code, Title → title, Task → abstract", Lines(output));
        Assert.Equal("image-text", await ScalarAsync<string>("SELECT Abstract FROM Papers WHERE Title = 'Fast Retrieval of Everything'"));
    }

    public static TheoryData<string, string> MalformedLayouts => new()
    {
        { "{ \"columns\": ", "is not valid JSON" },
        { "[1, 2]", "must be a JSON object" },
        { """{ "colums": {} }""", "has an unknown key \"colums\"" },
        { """{ "columns": { "Task": "summary" } }""", "columns[\"Task\"] must be one of" },
        { """{ "sections": [ { "import": false } ] }""", "sections[0] needs \"match\"" },
        { """{ "sections": [ { "match": "Retrieval", "layout": "grid" } ] }""", "sections[0].layout must be one of table, bullets, lines, blocks" },
        { """{ "sections": [ { "match": "Retrieval", "pattern": "(unclosed" } ] }""", "sections[0].pattern is not a valid regular expression" },
        { """{ "sections": [ { "match": "Retrieval", "pattern": "^- (?<name>.+)" } ] }""", "sections[0].pattern must have a (?<title>…) group" },
    };

    [Theory]
    [MemberData(nameof(MalformedLayouts))]
    public async Task ShouldRefuseAMalformedLayoutFileSayingWhatIsWrongAndImportNothing(string json, string message)
    {
        var layout = await WriteAsync("bad.json", json);

        var (exit, output, error) = await RunAsync("import", TestLists.Table, "--layout", layout);

        Assert.Equal(1, exit);
        Assert.Contains("Import refused: The layout file bad.json ", error);
        Assert.Contains(message, error);
        Assert.Contains("The catalog was not changed.", error);
        Assert.DoesNotContain("Imported", output);
        Assert.Equal(0, await CountAsync("Papers"));
    }

    [Fact]
    public async Task ShouldRefuseAMalformedLayoutFileBesideTheListToo()
    {
        var list = TestLists.CopyToTemp(TestLists.Table, root);
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(list)!, "awesomeclip.json"), "{ not json", TestContext.Current.CancellationToken);

        var (exit, _, error) = await RunAsync("import", list, "--dry-run");

        Assert.Equal(1, exit);
        Assert.Contains("The layout file awesomeclip.json is not valid JSON", error);
    }

    [Fact]
    public async Task ShouldRefuseALayoutFileThatDoesNotExist()
    {
        var missing = Path.Combine(root, "missing.json");

        var (exit, _, error) = await RunAsync("import", TestLists.Table, "--layout", missing);

        Assert.Equal(1, exit);
        Assert.Contains($"The layout file {missing} does not exist.", error);
        Assert.Equal(0, await CountAsync("Papers"));
    }

    [Theory]
    [InlineData("--layout")]
    [InlineData("--dry-run", "--layout")]
    public async Task ShouldExplainALayoutOptionWithoutAFile(params string[] options)
    {
        // The data directory goes first: a --layout that took it for its file would import into the default one.
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Cli.RunAsync(["import", $"--Storage:DataDirectory={DataDirectory}", TestLists.Table, .. options], stdout, stderr);
        var error = stderr.ToString();

        Assert.Equal(2, exit);
        Assert.Contains("error: --layout needs a value", error);
        Assert.Contains("import <file.md> [--dry-run] [--layout <awesomeclip.json>]", error);
        Assert.Equal(0, await CountAsync("Papers"));
    }

    [Fact]
    public async Task ShouldNotTakeTheNextOptionForTheLayoutFile()
    {
        var (exit, _, error) = await RunAsync("import", TestLists.Table, "--layout", "--dry-run");

        Assert.Equal(2, exit);
        Assert.Contains("error: --layout needs a value", error);
        Assert.DoesNotContain("The layout file --dry-run", error);
    }

    private async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Cli.RunAsync([.. args, $"--Storage:DataDirectory={DataDirectory}"], stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static List<string> Lines(string output) => [.. output.ReplaceLineEndings("\n").Split('\n')];

    private async Task<string> WriteAsync(string name, string text)
    {
        var path = Path.Combine(root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    /// <summary>Rows in a table of the catalog database the commands used (0 when the database was never created).</summary>
    private async Task<long> CountAsync(string table)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "catalog.db"))) return 0;
        return await ScalarAsync<long>($"SELECT COUNT(*) FROM \"{table}\"");
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "catalog.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
