using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Storage;

/// <summary>Every provider's migrations must describe the current model: run .config/add-migration.sh after changing it.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void ShouldHaveAMigrationForEveryModelChange(string provider)
    {
        // The design-time factories build the model without connecting, so this runs without a PostgreSQL server.
        using CatalogDbContext db = provider == "Sqlite"
            ? new DesignTimeSqliteCatalogDbContextFactory().CreateDbContext([])
            : new DesignTimePostgreSqlCatalogDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The catalog model has changes without a {provider} migration: run .config/add-migration.sh <Name> and commit the migrations.");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void ShouldKeepTheSameMigrationNamesForEveryProvider(string provider)
    {
        using var sqlite = new DesignTimeSqliteCatalogDbContextFactory().CreateDbContext([]);
        using CatalogDbContext other = provider == "Sqlite" ? new DesignTimeSqliteCatalogDbContextFactory().CreateDbContext([])
            : new DesignTimePostgreSqlCatalogDbContextFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Names(sqlite), Names(other));
    }
}
