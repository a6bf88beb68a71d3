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

    public string Summary => "Rebuild this data directory's search index from the database (stop the app first)."
        + "\n      --online instead asks every running instance to re-index every paper (through the change log).";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly("online");
        var dbFactory = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            await CatalogDatabase.MigrateAsync(db);
            if (args.Flag("online"))
            {
                var count = await CatalogChangeLog.RecordAllPapersAsync(db, default);
                stdout.WriteLine($"Asked every running instance to re-index {count} papers (change log entry written).");
                return 0;
            }
        }

        var location = services.GetRequiredService<IOptions<StorageOptions>>().Value.IndexDirectory;
        if (IsHeld(location))
        {
            stderr.WriteLine($"The search index at {location} is open in a running app: stop it first, or use reindex --online.");
            return 1;
        }
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var index = services.GetRequiredService<SearchIndex>();
        var papers = await index.RebuildAsync();
        stdout.WriteLine($"Rebuilt the search index at {location}: {papers} papers in {watch.ElapsedMilliseconds} ms.");
        return 0;
    }

    private static bool IsHeld(string location)
    {
        if (!System.IO.Directory.Exists(location)) return false;
        using var directory = new SimpleFSDirectory(new DirectoryInfo(location));
        return IndexWriter.IsLocked(directory);
    }
}
