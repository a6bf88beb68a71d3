using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Storage.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AwesomeClip.Web.Tests.Storage;

/// <summary>The Web project's contexts have a migration for every model change, for each provider (.config/add-migration.sh).</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Contexts => ["SqliteAccounts", "PostgreSqlAccounts", "SqliteKeys", "PostgreSqlKeys"];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void ShouldHaveAMigrationForEveryModelChange(string context)
    {
        using DbContext db = context switch
        {
            "SqliteAccounts" => Create(new DesignTimeSqliteAccountsDbContextFactory()),
            "PostgreSqlAccounts" => Create(new DesignTimePostgreSqlAccountsDbContextFactory()),
            "SqliteKeys" => Create(new DesignTimeSqliteKeysDbContextFactory()),
            _ => Create(new DesignTimePostgreSqlKeysDbContextFactory()),
        };

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{context} has model changes without a migration: run .config/add-migration.sh <Name>.");
    }

    private static T Create<T>(IDesignTimeDbContextFactory<T> factory)
        where T : DbContext => factory.CreateDbContext([]);
}
