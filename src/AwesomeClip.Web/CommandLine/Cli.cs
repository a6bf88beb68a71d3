using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.LinkHealth;
using AwesomeClip.Web.Search;
using AwesomeClip.Web.Storage;
using AwesomeClip.Web.Storage.Backup;

namespace AwesomeClip.Web.CommandLine;

/// <summary>The same executable as the web app runs maintenance commands: <c>dotnet run --project src/AwesomeClip.Web -- import list.md</c>.</summary>
public static class Cli
{
    private static readonly ICommand[] Commands = [new ImportCommand(), new ExportCommand(), new UsersCommand(), new BackupCommand(), new RestoreCommand(), new ReindexCommand(), new LinksCommand()];

    /// <summary>
    /// True when the first argument names a command, or would if it were spelled right: the web server's own arguments are
    /// all configuration (<c>--urls …</c>, <c>--Key=value</c>, <c>Key=value</c>), so any other first word is a command, and a
    /// mistyped maintenance command must never start serving.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (IsHelp(args[0]) || !(args[0].StartsWith('-') || args[0].StartsWith('/') || args[0].Contains('=', StringComparison.Ordinal)));

    /// <param name="stdin">Where <c>users add</c> reads the password when AWESOMECLIP_PASSWORD is not set (default: the console).</param>
    /// <param name="configureServices">Replaces services after the app's own (tests put a failing disk under it).</param>
    public static async Task<int> RunAsync(
        string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null, Action<IServiceCollection>? configureServices = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (IsHelp(args[0]))
        {
            WriteHelp(stdout);
            return 0;
        }

        if (Commands.SingleOrDefault(c => c.Name == args[0]) is not { } command)
        {
            WriteUnknown(args[0], stderr);
            return 2;
        }
        CommandArguments parsed;
        try
        {
            parsed = CommandArguments.Parse(args.Skip(1));
        }
        catch (CommandUsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine(command.Usage);
            return 2;
        }
        if (parsed.Help)
        {
            stdout.WriteLine(command.Usage);
            return 0;
        }

        var builder = Host.CreateApplicationBuilder(parsed.ConfigurationArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCatalog();
        builder.Services.AddCatalogSearch();
        builder.Services.AddAccountStore();
        builder.Services.AddSingleton<SqliteBackup>();
        builder.Services.AddAppLinkHealth();
        builder.Services.AddSingleton(new StandardInput(stdin ?? Console.In, IsConsole: stdin is null && !Console.IsInputRedirected));
        configureServices?.Invoke(builder.Services);
        using var host = builder.Build();
        try
        {
            return await command.RunAsync(parsed, host.Services, stdout, stderr);
        }
        catch (CommandUsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine(command.Usage);
            return 2;
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException e)
        {
            stderr.WriteLine($"error: invalid configuration: {string.Join("; ", e.Failures)}");
            return 2;
        }
    }

    private static void WriteUnknown(string name, TextWriter stderr)
    {
        var closest = Commands.Select(c => c.Name).OrderBy(c => Core.Search.EditDistance.Bounded(name, c, 3)).First();
        stderr.WriteLine($"error: there is no command '{name}'." + (Core.Search.EditDistance.Within(name, closest, 2) ? $" Did you mean '{closest}'?" : ""));
        stderr.WriteLine($"Commands: {string.Join(", ", Commands.Select(c => c.Name))}, help.");
        stderr.WriteLine("To run the web app, give no command: dotnet run --project src/AwesomeClip.Web [--urls http://127.0.0.1:5080]");
    }

    private static bool IsHelp(string arg) => arg is "help" or "--help" or "-h" or "-?";

    private static void WriteHelp(TextWriter stdout)
    {
        stdout.WriteLine("AwesomeClip — an awesome paper list as a living catalog (Awesome-CLIP unless you import another).");
        stdout.WriteLine();
        stdout.WriteLine("Run the web app:   dotnet run --project src/AwesomeClip.Web [--urls http://127.0.0.1:5080]");
        stdout.WriteLine("Run a command:     dotnet run --project src/AwesomeClip.Web -- <command> [arguments]");
        stdout.WriteLine();
        stdout.WriteLine("Commands:");
        foreach (var c in Commands) stdout.WriteLine($"  {c.Usage.ReplaceLineEndings("\n  ")}\n      {c.Summary}");
        stdout.WriteLine("  help\n      Show this text.");
        stdout.WriteLine();
        stdout.WriteLine("Configuration (environment variable or --Key=value):");
        stdout.WriteLine("  Storage__DataDirectory   folder for the database, search index and uploaded figures");
        stdout.WriteLine("                           (default: ~/.local/share/AwesomeClip)");
        stdout.WriteLine("  Storage__Provider        Sqlite (default) or PostgreSql");
        stdout.WriteLine("  ConnectionStrings__Catalog  the PostgreSQL connection string (with Storage__Provider=PostgreSql)");
        stdout.WriteLine("  Storage__IndexDirectory  this instance's search index (default: index/ in the data directory)");
        stdout.WriteLine("  Seed__ListPath           list imported on first start (default: the shipped data/awesome-clip.md)");
        stdout.WriteLine("  ASPNETCORE_URLS / --urls listen address of the web app");
        stdout.WriteLine("  LinkHealth__MaxAge       how old a link's result may be before 'links check' checks it again (default 1.00:00:00)");
        stdout.WriteLine("  Site__PublicBaseUrl      this site's URL, named in the link checker's User-Agent");
        stdout.WriteLine($"  {UsersCommand.PasswordVariable}     password for 'users add' (otherwise read from standard input)");
    }
}
