using AwesomeClip.Web.CommandLine;

namespace AwesomeClip.Web.Tests.CommandLine;

public sealed class UsersCommandTests : IDisposable
{
    private const string Password = "Correct-horse-battery-1";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "awesomeclip-cli", Guid.NewGuid().ToString("N"));

    internal static async Task<(int Exit, string Out, string Err)> RunInAsync(string dataDirectory, string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await Cli.RunAsync([.. args, $"--Storage:DataDirectory={dataDirectory}"], stdout, stderr, new StringReader(stdin ?? ""));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private Task<(int Exit, string Out, string Err)> RunAsync(string? stdin, params string[] args) => RunInAsync(dataDirectory, stdin, args);

    [Fact]
    public async Task ShouldAddTheFirstAdminWithThePasswordFromStandardInput()
    {
        var (exit, output, _) = await RunAsync(Password + "\n", "users", "add", "admin@example.org", "--role", "Admin");
        var (_, list, _) = await RunAsync(null, "users", "list");

        Assert.Equal(0, exit);
        Assert.Contains("Added admin@example.org with role Admin.", output);
        Assert.Matches(@"admin@example\.org\s+Admin\s+active", list);
        Assert.DoesNotContain(Password, output + list);
    }

    [Fact]
    public async Task ShouldAcceptTheRoleInAnyCase()
    {
        var (exit, output, _) = await RunAsync(Password, "users", "add", "ed@example.org", "--role", "editor");

        Assert.Equal(0, exit);
        Assert.Contains("with role Editor", output);
    }

    [Theory]
    [InlineData("Owner")]
    [InlineData("")]
    public async Task ShouldRefuseAnUnknownRole(string role)
    {
        var (exit, _, error) = await RunAsync(Password, "users", "add", "x@example.org", "--role", role);

        Assert.Equal(2, exit);
        Assert.Contains($"unknown role '{role}'; the role must be Admin or Editor", error);
    }

    [Fact]
    public async Task ShouldRequireARole()
    {
        var (exit, _, error) = await RunAsync(Password, "users", "add", "x@example.org");

        Assert.Equal(2, exit);
        Assert.Contains("users add needs --role Admin or --role Editor", error);
    }

    [Fact]
    public async Task ShouldExplainEveryPasswordRuleAWeakPasswordBreaks()
    {
        var (exit, _, error) = await RunAsync("weak\n", "users", "add", "x@example.org", "--role", "Admin");
        var (_, list, _) = await RunAsync(null, "users", "list");

        Assert.Equal(1, exit);
        Assert.Contains("Passwords must be at least 12 characters.", error);
        Assert.Contains("Passwords must have at least one uppercase ('A'-'Z').", error);
        Assert.Contains("No users.", list);
    }

    [Fact]
    public async Task ShouldRefuseAnEmptyPassword()
    {
        var (exit, _, error) = await RunAsync("", "users", "add", "x@example.org", "--role", "Admin");

        Assert.Equal(1, exit);
        Assert.Contains("no password", error);
    }

    [Fact]
    public async Task ShouldRefuseADuplicateUser()
    {
        await RunAsync(Password, "users", "add", "admin@example.org", "--role", "Admin");

        var (exit, _, error) = await RunAsync(Password, "users", "add", "Admin@Example.org", "--role", "Editor");

        Assert.Equal(1, exit);
        Assert.Contains("A user with the email Admin@Example.org already exists.", error);
    }

    [Fact]
    public async Task ShouldSetRolesAndRemoveUsersButKeepTheLastAdmin()
    {
        await RunAsync(Password, "users", "add", "admin@example.org", "--role", "Admin");
        await RunAsync(Password, "users", "add", "ed@example.org", "--role", "Editor");

        Assert.Equal(1, (await RunAsync(null, "users", "set-role", "admin@example.org", "Editor")).Exit);
        Assert.Equal(1, (await RunAsync(null, "users", "remove", "admin@example.org")).Exit);
        var promoted = await RunAsync(null, "users", "set-role", "ed@example.org", "admin");
        var removed = await RunAsync(null, "users", "remove", "admin@example.org");
        var (_, list, _) = await RunAsync(null, "users", "list");

        Assert.Equal((0, "ed@example.org now has role Admin."), (promoted.Exit, promoted.Out.Trim()));
        Assert.Equal((0, "admin@example.org removed."), (removed.Exit, removed.Out.Trim()));
        Assert.Matches(@"^ed@example\.org\s+Admin\s+active\s*$", list);
    }

    [Fact]
    public async Task ShouldExplainAnUnknownUser()
    {
        var (exit, _, error) = await RunAsync(null, "users", "remove", "nobody@example.org");

        Assert.Equal(1, exit);
        Assert.Contains("there is no user with the email nobody@example.org", error);
    }

    [Theory]
    [InlineData("users")]
    [InlineData("users frobnicate")]
    [InlineData("users list extra")]
    [InlineData("users remove")]
    [InlineData("users set-role a@example.org")]
    [InlineData("users list --role Admin")]
    public async Task ShouldExplainUsageErrors(string command)
    {
        var (exit, _, error) = await RunAsync(null, command.Split(' '));

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error);
        Assert.Contains("users add <email> --role Admin|Editor", error);
    }

    [Fact]
    public async Task ShouldDescribeTheUsersCommandInHelp()
    {
        var stdout = new StringWriter();
        await Cli.RunAsync(["help"], stdout, new StringWriter());

        Assert.Contains("users add <email> --role Admin|Editor", stdout.ToString());
        Assert.Contains("users set-role <email> Admin|Editor", stdout.ToString());
        Assert.Contains("AWESOMECLIP_PASSWORD", stdout.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}

/// <summary>Sets a process-wide environment variable, so it runs alone.</summary>
[CollectionDefinition(nameof(EnvironmentVariableCollection), DisableParallelization = true)]
public sealed class EnvironmentVariableCollection;

[Collection(nameof(EnvironmentVariableCollection))]
public sealed class UsersCommandEnvironmentTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "awesomeclip-cli", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task ShouldTakeThePasswordFromTheEnvironmentAndNotReadStandardInput()
    {
        var stdin = new ThrowingReader();
        Environment.SetEnvironmentVariable(UsersCommand.PasswordVariable, "From-the-environment-1");
        try
        {
            var stdout = new StringWriter();
            var exit = await Cli.RunAsync(["users", "add", "ci@example.org", "--role", "Admin", $"--Storage:DataDirectory={dataDirectory}"], stdout, new StringWriter(), stdin);

            Assert.Equal(0, exit);
            Assert.False(stdin.WasRead);
        }
        finally
        {
            Environment.SetEnvironmentVariable(UsersCommand.PasswordVariable, null);
        }
        var (_, list, _) = await UsersCommandTests.RunInAsync(dataDirectory, null, "users", "list");
        Assert.Contains("ci@example.org", list);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    private sealed class ThrowingReader : TextReader
    {
        public bool WasRead { get; private set; }

        public override string? ReadLine()
        {
            WasRead = true;
            return null;
        }

        public override int Read()
        {
            WasRead = true;
            return -1;
        }
    }
}
