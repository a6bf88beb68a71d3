using AwesomeClip.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>
/// A real, migrated, empty database alive as long as this object: SQLite in memory, or a uniquely named PostgreSQL
/// database on the <see cref="TestPostgres"/> server, dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDbContextFactory<CatalogDbContext>, IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection? sqlite;
    private readonly string? postgresDatabase;
    private readonly Func<CatalogDbContext> create;

    private TestDatabase(TestProvider provider, IInterceptor[] interceptors)
    {
        Provider = provider;
        if (provider == TestProvider.Sqlite)
        {
            sqlite = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
            sqlite.Open();
            var options = new DbContextOptionsBuilder<SqliteCatalogDbContext>()
                .UseSqlite(sqlite, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .AddInterceptors(interceptors)
                .Options;
            create = () => new SqliteCatalogDbContext(options);
        }
        else
        {
            postgresDatabase = $"awesomeclip_test_{Guid.NewGuid():N}";
            ConnectionString = TestPostgres.For(postgresDatabase);
            var builder = new DbContextOptionsBuilder<PostgreSqlCatalogDbContext>();
            PostgreSqlCatalogDbContext.Configure(builder, ConnectionString);
            var options = builder.AddInterceptors(interceptors).Options;
            create = () => new PostgreSqlCatalogDbContext(options);
        }
    }

    public TestProvider Provider { get; }

    /// <summary>The PostgreSQL database's connection string (null for SQLite in memory).</summary>
    public string? ConnectionString { get; }

    public static Task<TestDatabase> CreateAsync(params IInterceptor[] interceptors) => CreateAsync(TestProvider.Sqlite, interceptors);

    public static async Task<TestDatabase> CreateAsync(TestProvider provider, params IInterceptor[] interceptors)
    {
        var database = new TestDatabase(provider, interceptors);
        if (database.postgresDatabase is not null) await TestPostgres.CreateDatabaseAsync(database.postgresDatabase);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public CatalogDbContext CreateDbContext() => create();

    public Task<CatalogDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        if (sqlite is not null) await sqlite.DisposeAsync();
        if (postgresDatabase is not null) await TestPostgres.DropDatabaseAsync(TestPostgres.For(postgresDatabase));
    }
}
