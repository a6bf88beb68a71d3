using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Catalog database, importer and readers: what both the web app and the command line need, with the search index
    /// (<c>AddCatalogSearch</c>, called beside this: the search pages show figures, and figures read the storage options).
    /// </summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Configure<IConfiguration>((o, config) => config.GetSection("ConnectionStrings").Bind(o))
            .ValidateDataAnnotations()
            .Validate(o => Path.IsPathFullyQualified(o.DataDirectory), "Storage:DataDirectory must be an absolute path.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageProviderValidation>();
        services.AddOptions<SeedOptions>()
            .BindConfiguration(SeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // One derived context per provider (ADR-012); only the configured one is ever built.
        services.AddDbContextFactory<SqliteCatalogDbContext>((sp, options) =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            Directory.CreateDirectory(storage.DataDirectory);
            SqliteCatalogDbContext.Configure(options, storage.SqliteConnectionString);
        });
        services.AddDbContextFactory<PostgreSqlCatalogDbContext>((sp, options) =>
            PostgreSqlCatalogDbContext.Configure(options, sp.GetRequiredService<IOptions<StorageOptions>>().Value.CatalogConnectionString));
        services.AddSingleton<IDbContextFactory<CatalogDbContext>>(sp =>
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == DatabaseProvider.PostgreSql
                ? new ProviderDbContextFactory<CatalogDbContext, PostgreSqlCatalogDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlCatalogDbContext>>())
                : new ProviderDbContextFactory<CatalogDbContext, SqliteCatalogDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteCatalogDbContext>>()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CatalogReader>();
        // Before the page cache's listener: a page rendered after the eviction reads the catalog again.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogChangeListener, CatalogReader>(sp => sp.GetRequiredService<CatalogReader>()));
        services.AddSingleton<CatalogImporter>();
        services.AddSingleton<LastImport>();
        services.AddSingleton<CatalogInitializer>();
        services.AddCatalogExport();
        return services;
    }
}
