using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>A migrated in-memory SQLite catalog holding Fixtures/tiny-list.md (or another list), for component tests.</summary>
public sealed class TestCatalog : IDbContextFactory<CatalogDbContext>, IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:;Foreign Keys=True");
    private readonly DbContextOptions<SqliteCatalogDbContext> options;

    public TestCatalog()
        : this(Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny-list.md"))
    {
    }

    /// <param name="list">The list to import, e.g. one of <see cref="TestLists"/>.</param>
    public TestCatalog(string list)
    {
        connection.Open();
        options = new DbContextOptionsBuilder<SqliteCatalogDbContext>().UseSqlite(connection).Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
        new CatalogImporter(this, Array.Empty<ICatalogChangeListener>(), TimeProvider.System, NullLogger<CatalogImporter>.Instance)
            .ImportFileAsync(list).GetAwaiter().GetResult();
    }

    public CatalogDbContext CreateDbContext() => new SqliteCatalogDbContext(options);

    public void Dispose() => connection.Dispose();
}
