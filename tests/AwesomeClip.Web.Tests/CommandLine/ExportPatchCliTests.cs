using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace AwesomeClip.Web.Tests.CommandLine;

/// <summary><c>export --patch</c>: the catalog's changes as a patch against the list as last imported, and the pull request's description.</summary>
public sealed class ExportPatchCliTests : IDisposable
{
    private readonly CliSandbox cli = new();

    private string Out(string name) => cli.PathOf(name);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => cli.RunAsync(args);

    [Fact]
    public async Task ShouldWriteThePatchOfAnEditAndPrintTheDescription()
    {
        await RunAsync("import", Fixture("tiny-list.md"));
        await RenamePaperAsync("A Tiny Detector", "A Tiny Detector, Revised");

        var (exit, output, error) = await RunAsync("export", "--patch", Out("tiny.patch"));

        Assert.Equal((0, ""), (exit, error));
        var patch = await File.ReadAllTextAsync(Out("tiny.patch"), TestContext.Current.CancellationToken);
        Assert.StartsWith("diff --git a/tiny-list.md b/tiny-list.md\n", patch);
        Assert.Contains("\n-| **A Tiny Detector** <br>|", patch);
        Assert.Contains("\n+| **A Tiny Detector, Revised** <br>|", patch);
        Assert.Contains("+1 −1 lines", output);
        Assert.Contains("Papers changed (1):\n- A Tiny Detector, Revised — Detection (title)", output);
    }

    [Fact]
    public async Task ShouldWriteTheDescriptionToAFileAndNameTheListsPathInItsRepository()
    {
        await RunAsync("import", Fixture("tiny-list.md"));
        await RenamePaperAsync("A Tiny Detector", "A Tinier Detector");

        var (exit, _, _) = await RunAsync("export", "--patch", Out("p.patch"), "--summary", Out("pr.txt"), "--path", "lists/README.md");

        Assert.Equal(0, exit);
        Assert.StartsWith("diff --git a/lists/README.md b/lists/README.md\n", await File.ReadAllTextAsync(Out("p.patch"), TestContext.Current.CancellationToken));
        Assert.StartsWith("Update the list: 1 paper changed", await File.ReadAllTextAsync(Out("pr.txt"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldWriteNoPatchWhenNothingChanged()
    {
        await RunAsync("import", Fixture("tiny-list.md"));

        var (exit, output, _) = await RunAsync("export", "--patch", Out("none.patch"));

        Assert.Equal(0, exit);
        Assert.Contains("No changes since the last import", output);
        Assert.False(File.Exists(Out("none.patch")));
    }

    [Theory]
    [InlineData(2, "--summary and --path go with --patch", "export", "list.md", "--summary", "s.txt")]
    [InlineData(2, "--patch needs a value", "export", "--patch")]
    [InlineData(2, "need different files", "export", "--patch", "same.txt", "--summary", "same.txt")]
    [InlineData(1, "relative path", "export", "--patch", "x.patch", "--path", "../README.md")]
    public async Task ShouldExplainWhatIsWrongWithThePatchArguments(int expectedExit, string message, params string[] args)
    {
        await RunAsync("import", Fixture("tiny-list.md"));
        await RenamePaperAsync("A Tiny Detector", "Changed");

        var (exit, _, error) = await RunAsync([.. args.Select(a => a.EndsWith(".txt", StringComparison.Ordinal) || a.EndsWith(".patch", StringComparison.Ordinal) || a == "list.md" ? Out(a) : a)]);

        Assert.Equal(expectedExit, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public async Task ShouldRefuseAPatchBeforeAnyImport()
    {
        var (exit, _, error) = await RunAsync("export", "--patch", Out("x.patch"), "--Seed:ListPath=");

        Assert.Equal(1, exit);
        Assert.Contains("Nothing has been imported yet", error);
    }

    /// <summary>An edit as a maintainer's save leaves it: the title changes, the baseline stays.</summary>
    private async Task RenamePaperAsync(string title, string newTitle)
    {
        await using var connection = new SqliteConnection($"Data Source={cli.PathOf("catalog.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE \"Papers\" SET \"Title\" = $new WHERE \"Title\" = $old";
        command.Parameters.AddWithValue("$new", newTitle);
        command.Parameters.AddWithValue("$old", title);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    public void Dispose() => cli.Dispose();
}
