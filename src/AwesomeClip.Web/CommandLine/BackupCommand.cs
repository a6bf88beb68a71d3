using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Storage.Backup;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.CommandLine;

internal sealed class BackupCommand : ICommand
{
    public string Name => "backup";

    public string Usage => "backup <file.zip>";

    public string Summary => "SQLite: copy the live catalog (VACUUM INTO) and the uploaded figures into one archive, while the app runs."
        + "\n      PostgreSQL: prints the pg_dump command to use (docs/deployment.md).";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly();
        if (args.Positional.Count != 1) throw new CommandUsageException("backup takes exactly one archive file");
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider == DatabaseProvider.PostgreSql)
        {
            PostgreSqlGuidance.WriteBackup(storage, args.Positional[0], stderr);
            return 1;
        }
        try
        {
            var path = Path.GetFullPath(args.Positional[0]);
            var manifest = await services.GetRequiredService<SqliteBackup>().BackupAsync(path);
            stdout.WriteLine($"Backed up {manifest.Papers} papers and {manifest.Figures} figures to {path}.");
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Backup failed: {e.Message}");
            return 1;
        }
    }
}
