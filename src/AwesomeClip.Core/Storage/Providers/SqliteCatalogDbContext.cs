using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AwesomeClip.Core.Storage;

/// <summary>The catalog on SQLite; migrations in Storage/Migrations/Sqlite.</summary>
public sealed class SqliteCatalogDbContext(DbContextOptions<SqliteCatalogDbContext> options) : CatalogDbContext(options)
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).SkipPendingModelCheck();
}

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteCatalogDbContext</c> build the model without the app (.config/add-migration.sh).</summary>
internal sealed class DesignTimeSqliteCatalogDbContextFactory : IDesignTimeDbContextFactory<SqliteCatalogDbContext>
{
    public SqliteCatalogDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCatalogDbContext>();
        SqliteCatalogDbContext.Configure(options, "Data Source=design-time.db");
        return new SqliteCatalogDbContext(options.Options);
    }
}
