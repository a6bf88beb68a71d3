using AwesomeClip.Web.CommandLine;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.CommandLine;

public sealed class CliTests : IDisposable
{
    private readonly CliSandbox cli = new();

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => cli.RunAsync(args);

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    public async Task ShouldDescribeEveryCommandInHelp(string arg)
    {
        var stdout = new StringWriter();
        var exit = await Cli.RunAsync([arg], stdout, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("import <file.md>", stdout.ToString());
        Assert.Contains("Storage__DataDirectory", stdout.ToString());
    }

    [Fact]
    public async Task ShouldImportAFileAndPrintTheReport()
    {
        var (exit, output, _) = await RunAsync("import", Fixture("tiny-list.md"));

        Assert.Equal(0, exit);
        Assert.Contains("1 papers in 1 categories", output);
        Assert.Contains("1 added", output);
        Assert.Contains("figure ./images/none.png of 'A Tiny Detector' does not exist", output);
    }

    [Fact]
    public async Task ShouldReportNoChangesWhenImportingTheSameFileAgain()
    {
        await RunAsync("import", Fixture("tiny-list.md"));
        var (exit, output, _) = await RunAsync("import", Fixture("tiny-list.md"));

        Assert.Equal(0, exit);
        Assert.Contains("no changes", output);
    }

    [Theory]
    [InlineData("no-table.md", "holds no entries")]
    [InlineData("not-utf8.md", "is not UTF-8")]
    [InlineData("empty.md", "is empty")]
    [InlineData("missing.md", "does not exist")]
    public async Task ShouldRefuseBadFilesWithAClearMessageAndNonZeroExit(string file, string message)
    {
        var (exit, _, error) = await RunAsync("import", Fixture(file));

        Assert.Equal(1, exit);
        Assert.Contains(message, error);
        Assert.Contains("The catalog was not changed", error);
    }

    [Fact]
    public async Task ShouldPrintTheChangeSetOnADryRunAndChangeNothing()
    {
        var (exit, output, _) = await RunAsync("import", Fixture("tiny-list.md"), "--dry-run");
        var (_, afterwards, _) = await RunAsync("import", Fixture("tiny-list.md"), "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("+ added 'A Tiny Detector' (Detection, 2023)", output);
        Assert.Contains("Dry run: the catalog was not changed.", output);
        Assert.Contains("+ added 'A Tiny Detector'", afterwards);
    }

    [Fact]
    public async Task ShouldExportTheCatalogBackToTheListByteForByte()
    {
        var target = Path.Combine(cli.DataDirectory, "out", "list.md");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        await RunAsync("import", Fixture("tiny-list.md"));

        var (exit, output, _) = await RunAsync("export", target);

        Assert.Equal(0, exit);
        Assert.Contains("Wrote", output);
        Assert.Equal(await File.ReadAllBytesAsync(Fixture("tiny-list.md"), TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(target, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldFailClearlyWhenTheExportCannotBeWritten()
    {
        await RunAsync("import", Fixture("tiny-list.md"));

        var (exit, _, error) = await RunAsync("export", "/proc/no-such-dir/list.md");

        Assert.Equal(1, exit);
        Assert.Contains("Export failed", error);
    }

    [Fact]
    public async Task ShouldExplainUsageErrors()
    {
        var (exit, _, error) = await RunAsync("import");

        Assert.Equal(2, exit);
        Assert.Contains("import takes exactly one file", error);
    }

    [Theory]
    [InlineData("exprot", "Did you mean 'export'?")]
    [InlineData("lnks", "Did you mean 'links'?")]
    [InlineData("serve", "Commands: import, export,")]
    public async Task ShouldRefuseAnUnknownCommandInsteadOfStartingTheServer(string command, string hint)
    {
        var (exit, output, error) = await RunAsync(command, "list.md");

        Assert.True(Cli.IsCommand([command, "list.md"]));
        Assert.Equal((2, ""), (exit, output));
        Assert.Contains($"there is no command '{command}'.", error);
        Assert.Contains(hint, error);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5080")]
    [InlineData("urls=http://127.0.0.1:5080")]
    [InlineData("/urls", "http://127.0.0.1:5080")]
    [InlineData("--Storage:DataDirectory=/tmp/x")]
    public void ShouldLeaveTheServersOwnArgumentsToTheServer(params string[] args) => Assert.False(Cli.IsCommand(args));

    public void Dispose() => cli.Dispose();
}
