using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Storage;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AwesomeClip.Web.Accounts;

/// <summary>
/// Identity's tables in the catalog's database. The catalog (Core) and the accounts (Web) are two contexts with
/// their own migrations and history tables, so Core stays free of ASP.NET. One derived context per provider (ADR-012).
/// </summary>
public abstract class AccountsDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options)
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Accounts";

    /// <summary>
    /// Identity's model, then the web project's entity configurations: every one of them is this database's (the
    /// catalog's are in Core; the keys context maps EF's own type). Figures keeps its upload records this way, so
    /// Accounts names none of its types (ADR-028).
    /// </summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AccountsDbContext).Assembly);
    }
}

/// <summary>Accounts on SQLite; migrations in Accounts/Migrations/Sqlite.</summary>
public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options);

/// <summary>Accounts on PostgreSQL; migrations in Accounts/Migrations/PostgreSql.</summary>
public sealed class PostgreSqlAccountsDbContext(DbContextOptions<PostgreSqlAccountsDbContext> options) : AccountsDbContext(options);

internal sealed class DesignTimeSqliteAccountsDbContextFactory : IDesignTimeDbContextFactory<SqliteAccountsDbContext>
{
    public SqliteAccountsDbContext CreateDbContext(string[] args) =>
        new(ProviderDbContexts.DesignTime<SqliteAccountsDbContext>(DatabaseProvider.Sqlite, AccountsDbContext.MigrationsHistoryTable));
}

internal sealed class DesignTimePostgreSqlAccountsDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlAccountsDbContext>
{
    public PostgreSqlAccountsDbContext CreateDbContext(string[] args) =>
        new(ProviderDbContexts.DesignTime<PostgreSqlAccountsDbContext>(DatabaseProvider.PostgreSql, AccountsDbContext.MigrationsHistoryTable));
}
