using AwesomeClip.Core.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AwesomeClip.Web.Storage.Keys;

/// <summary>
/// The Data Protection key ring in the shared database, so every instance (and every restart) reads the same keys:
/// an identity cookie or antiforgery token issued by one instance is accepted by the others. One derived context per provider (ADR-012).
/// </summary>
public abstract class KeysDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Keys";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
}

/// <summary>Keys on SQLite; migrations in Storage/Keys/Migrations/Sqlite.</summary>
public sealed class SqliteKeysDbContext(DbContextOptions<SqliteKeysDbContext> options) : KeysDbContext(options);

/// <summary>Keys on PostgreSQL; migrations in Storage/Keys/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlKeysDbContext(DbContextOptions<PostgreSqlKeysDbContext> options) : KeysDbContext(options);

internal sealed class DesignTimeSqliteKeysDbContextFactory : IDesignTimeDbContextFactory<SqliteKeysDbContext>
{
    public SqliteKeysDbContext CreateDbContext(string[] args) =>
        new(ProviderDbContexts.DesignTime<SqliteKeysDbContext>(DatabaseProvider.Sqlite, KeysDbContext.MigrationsHistoryTable));
}

internal sealed class DesignTimePostgreSqlKeysDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlKeysDbContext>
{
    public PostgreSqlKeysDbContext CreateDbContext(string[] args) =>
        new(ProviderDbContexts.DesignTime<PostgreSqlKeysDbContext>(DatabaseProvider.PostgreSql, KeysDbContext.MigrationsHistoryTable));
}
