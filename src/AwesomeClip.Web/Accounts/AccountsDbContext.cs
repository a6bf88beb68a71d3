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

    /// <summary>Uploads per maintainer, for the upload cap (<see cref="Figures.FigureUploads"/>).</summary>
    public DbSet<Figures.FigureUploadRecord> FigureUploads => Set<Figures.FigureUploadRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Figures.FigureUploadRecord>(upload =>
        {
            upload.ToTable("FigureUploads");
            upload.Property(u => u.User).HasMaxLength(256);
            upload.Property(u => u.FileName).HasMaxLength(64);
            upload.HasIndex(u => new { u.User, u.UploadedAt });
            upload.HasIndex(u => u.UploadedAt);
        });
    }
}

/// <summary>Accounts on SQLite; migrations in Admin/Accounts/Migrations/Sqlite.</summary>
public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options);

/// <summary>Accounts on PostgreSQL; migrations in Admin/Accounts/Migrations/PostgreSql.</summary>
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
