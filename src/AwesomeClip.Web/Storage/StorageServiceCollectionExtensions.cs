using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Catalog database, importer and readers: everything both the web app and the command line need.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => Path.IsPathFullyQualified(o.DataDirectory), "Storage:DataDirectory must be an absolute path.")
            .ValidateOnStart();
        services.AddOptions<SeedOptions>()
            .BindConfiguration(SeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDbContextFactory<CatalogDbContext>((sp, options) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            Directory.CreateDirectory(storage.DataDirectory);
            options.UseSqlite(storage.SqliteConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CatalogReader>();
        services.AddSingleton<CatalogImporter>();
        services.AddSingleton<CatalogInitializer>();
        services.AddCatalogExport();
        services.AddCatalogSearch();
        return services;
    }
}
