using AwesomeClip.Core.ChangeLog;
using AwesomeClip.Core.Search;
using AwesomeClip.Core.Storage;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.CommandLine;

internal sealed class ReindexCommand : ICommand
{
    public string Name => "reindex";

    public string Usage => "reindex [--online]";

    public string Summary => "Rebuild the search index from the database (stop the web app first: it owns the index while it runs)."
        + "\n      --online instead asks every running instance to re-index every paper (through the change log).";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly("online");
        if (args.Positional.Count != 0) throw new CommandUsageException("reindex takes no arguments");

        var dbFactory = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await CatalogDatabase.MigrateAsync(db);
            if (args.Flag("online"))
            {
                var count = await CatalogChangeLog.RecordAllPapersAsync(db, default);
                stdout.WriteLine($"Asked every running instance to re-index {count} papers (one change log entry).");
                return 0;
            }
        }

        var location = services.GetRequiredService<IOptions<StorageOptions>>().Value.IndexDirectory;
        // SearchIndex takes a held lock for a crash's leftover; while an app runs, it is not.
        if (IsHeld(location))
        {
            stderr.WriteLine($"Reindex failed: the index at {location} is locked by a running AwesomeClip web app. Stop it and try again, or use reindex --online.");
            return 1;
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var count = await services.GetRequiredService<SearchIndex>().RebuildAsync();
            stdout.WriteLine($"Reindexed {count} papers in {watch.ElapsedMilliseconds} ms.");
            return 0;
        }
        catch (LockObtainFailedException)
        {
            stderr.WriteLine("Reindex failed: the index is locked by a running AwesomeClip web app. Stop it and try again (it rebuilds a stale index at startup).");
            return 1;
        }
    }

    private static bool IsHeld(string location)
    {
        if (!System.IO.Directory.Exists(location)) return false;
        using var directory = new SimpleFSDirectory(new DirectoryInfo(location));
        return IndexWriter.IsLocked(directory);
    }
}
