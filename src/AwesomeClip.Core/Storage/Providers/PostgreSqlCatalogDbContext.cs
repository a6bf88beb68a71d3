using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AwesomeClip.Core.Storage;

/// <summary>The catalog on PostgreSQL; migrations in Storage/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlCatalogDbContext(DbContextOptions<PostgreSqlCatalogDbContext> options) : CatalogDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).SkipPendingModelCheck();
}

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgreSqlCatalogDbContext</c> build the model without a server: adding
/// a migration never connects (.config/add-migration.sh).
/// </summary>
internal sealed class DesignTimePostgreSqlCatalogDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlCatalogDbContext>
{
    public PostgreSqlCatalogDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlCatalogDbContext>();
        PostgreSqlCatalogDbContext.Configure(options, "Host=localhost;Database=awesomeclip_design_time");
        return new PostgreSqlCatalogDbContext(options.Options);
    }
}
