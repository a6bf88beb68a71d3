using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Health;

/// <summary>Ready when the catalog database answers and has every migration this build knows.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<CatalogDbContext> dbFactory, IOptions<StorageOptions> storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = storage.Value;
        var data = new Dictionary<string, object> { ["provider"] = options.Provider.ToString() };
        // Opening a missing SQLite file would create an empty one: say what is wrong instead.
        if (options.Provider == DatabaseProvider.Sqlite && !File.Exists(options.DatabasePath))
            return HealthCheckResult.Unhealthy($"The catalog database {options.DatabasePath} does not exist.", data: data);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The catalog database cannot be reached.", data: data);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            data["pendingMigrations"] = pending.Count;
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The catalog database is reachable and migrated.", data)
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The catalog database failed: {e.Message}", data: data);
        }
    }
}
