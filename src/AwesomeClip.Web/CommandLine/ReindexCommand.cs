using AwesomeClip.Core.Search;
using AwesomeClip.Core.Storage;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.CommandLine;

internal sealed class ReindexCommand : ICommand
{
    public string Name => "reindex";

    public string Usage => "reindex";

    public string Summary => "Rebuild the search index from the database (stop the web app first: it owns the index while it runs).";

    public async Task<int> RunAsync(CommandArguments args, IServiceProvider services, TextWriter stdout, TextWriter stderr)
    {
        args.ExpectOnly();
        if (args.Positional.Count != 0) throw new CommandUsageException("reindex takes no arguments");

        var dbFactory = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
            await CatalogDatabase.MigrateAsync(db);

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
}
