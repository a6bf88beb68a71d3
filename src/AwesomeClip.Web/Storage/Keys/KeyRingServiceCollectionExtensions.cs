using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Storage.Keys;

public static class KeyRingServiceCollectionExtensions
{
    /// <summary>Data Protection with its keys in the database (<see cref="KeysDbContext"/>), shared by every instance.</summary>
    public static IServiceCollection AddDatabaseKeyRing(this IServiceCollection services)
    {
        services.AddProviderDbContext<KeysDbContext, SqliteKeysDbContext, PostgreSqlKeysDbContext>(KeysDbContext.MigrationsHistoryTable);
        services.AddDataProtection().SetApplicationName("AwesomeClip").PersistKeysToDbContext<KeysDbContext>();
        return services;
    }

    /// <summary>Applies the key ring's migrations; runs at startup before the first request can need a key.</summary>
    public static async Task MigrateKeyRingAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<KeysDbContext>().Database.MigrateAsync(ct);
    }
}
