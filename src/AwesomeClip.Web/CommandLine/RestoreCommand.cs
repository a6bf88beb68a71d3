using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Storage.Backup;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.CommandLine;

internal sealed class RestoreCommand : ICommand
{
    public string Name => "restore";

    public string Usage => "restore <file.zip> [--force]";

    public string Summary => "SQLite: unpack a backup into an empty data directory (--force replaces the database, figures and index there);"
        + "\n      the search index is rebuilt at the next start. PostgreSQL: prints the pg_restore command to use.";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly("force");
        if (args.Positional.Count != 1) throw new CommandUsageException("restore takes exactly one archive file");
        var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (storage.Provider == DatabaseProvider.PostgreSql)
        {
            PostgreSqlGuidance.WriteRestore(storage, args.Positional[0], stderr);
            return 1;
        }
        try
        {
            var manifest = await services.GetRequiredService<SqliteBackup>().RestoreAsync(Path.GetFullPath(args.Positional[0]), args.Flag("force"));
            stdout.WriteLine($"Restored {manifest.Papers} papers and {manifest.Figures} figures (backup of {manifest.CreatedAt:u}) into {storage.DataDirectory}.");
            stdout.WriteLine("The search index is rebuilt when the app starts.");
            return 0;
        }
        catch (Exception e) when (e is BackupException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"Restore failed: {e.Message}");
            return 1;
        }
    }
}
