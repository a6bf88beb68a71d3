using AwesomeClip.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>A real, migrated SQLite database in memory, alive as long as this object.</summary>
public sealed class TestDatabase : IDbContextFactory<CatalogDbContext>, IAsyncDisposable, IDisposable
{
    private readonly SqliteConnection connection;
    private readonly DbContextOptions<CatalogDbContext> options;

    private TestDatabase(IInterceptor[] interceptors)
    {
        connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        connection.Open();
        options = new DbContextOptionsBuilder<CatalogDbContext>()
            .UseSqlite(connection, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(interceptors)
            .Options;
    }

    public static async Task<TestDatabase> CreateAsync(params IInterceptor[] interceptors)
    {
        var database = new TestDatabase(interceptors);
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public CatalogDbContext CreateDbContext() => new(options);

    public Task<CatalogDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());

    public void Dispose() => connection.Dispose();

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
