using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Storage;

/// <summary>
/// The Web project's contexts (accounts, Data Protection keys) follow the catalog's pattern (ADR-012): an abstract base
/// with the model, one derived context per provider with its own migrations, and the base resolved from DI as the
/// configured provider's context. Each context keeps its own migrations history table in the shared database.
/// </summary>
public static class ProviderDbContexts
{
    public static IServiceCollection AddProviderDbContext<TBase, TSqlite, TPostgreSql>(this IServiceCollection services, string historyTable)
        where TBase : DbContext
        where TSqlite : TBase
        where TPostgreSql : TBase
    {
        services.AddDbContext<TSqlite>((sp, options) =>
        {
            var storage = Storage(sp);
            Directory.CreateDirectory(storage.DataDirectory);
            UseSqlite(options, storage.SqliteConnectionString, historyTable);
        });
        services.AddDbContext<TPostgreSql>((sp, options) => UsePostgreSql(options, Storage(sp).CatalogConnectionString, historyTable));
        services.AddScoped<TBase>(sp => Storage(sp).Provider == DatabaseProvider.PostgreSql ? sp.GetRequiredService<TPostgreSql>() : sp.GetRequiredService<TSqlite>());
        return services;
    }

    public static void UseSqlite(DbContextOptionsBuilder options, string connectionString, string historyTable) =>
        options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(historyTable)).SkipPendingModelCheck();

    public static void UsePostgreSql(DbContextOptionsBuilder options, string connectionString, string historyTable) =>
        options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(historyTable)).SkipPendingModelCheck();

    /// <summary>Options for a design-time factory (<c>dotnet ef migrations add</c>); nothing connects.</summary>
    public static DbContextOptions<T> DesignTime<T>(DatabaseProvider provider, string historyTable)
        where T : DbContext
    {
        var options = new DbContextOptionsBuilder<T>();
        if (provider == DatabaseProvider.PostgreSql) UsePostgreSql(options, "Host=localhost;Database=awesomeclip_design_time", historyTable);
        else UseSqlite(options, "Data Source=design-time.db", historyTable);
        return options.Options;
    }

    private static StorageOptions Storage(IServiceProvider sp) => sp.GetRequiredService<IOptions<StorageOptions>>().Value;
}
