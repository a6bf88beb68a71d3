using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Storage;

/// <summary>First start: migrations, then the seed list into an empty catalog. Later starts keep what is there.</summary>
public sealed class CatalogInitializer(
    IDbContextFactory<CatalogDbContext> dbFactory,
    CatalogImporter importer,
    CatalogReader reader,
    IOptions<StorageOptions> storage,
    IOptions<SeedOptions> seed,
    ILogger<CatalogInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        Directory.CreateDirectory(storage.Value.DataDirectory);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0) logger.LogInformation("Applying {Count} migration(s) to {Database}", pending.Count, storage.Value.DatabasePath);
        await CatalogDatabase.MigrateAsync(db, ct);
    }

    /// <summary>Imports the seed list when the catalog has nothing in it (nothing imported, created or deleted yet).</summary>
    public async Task<(int Papers, int Categories)> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.SourceDocuments.AnyAsync(ct) || await db.Papers.IncludingTrash().AnyAsync(ct) || await db.Categories.IncludingTrash().AnyAsync(ct))
                return await reader.CountsAsync(ct);
        }

        logger.LogInformation("Empty catalog: importing {List}", seed.Value.ListPath);
        var report = await importer.ImportFileAsync(seed.Value.ListPath, ct);
        foreach (var line in report.ToLines().Take(2)) logger.LogInformation("{Line}", line);
        if (report.Issues.Count > 0) logger.LogInformation("The seed list has {Count} warnings; run the import command to see them", report.Issues.Count);
        return (report.Papers, report.Categories);
    }
}
