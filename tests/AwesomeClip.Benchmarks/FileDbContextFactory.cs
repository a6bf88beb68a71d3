using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Benchmarks;

/// <summary>Catalog contexts over one SQLite file, configured as the app configures them.</summary>
internal sealed class FileDbContextFactory(string path) : IDbContextFactory<CatalogDbContext>
{
    public string ConnectionString { get; } = $"Data Source={path};Foreign Keys=True;Pooling=True";

    public CatalogDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<SqliteCatalogDbContext>();
        SqliteCatalogDbContext.Configure(options, ConnectionString);
        return new SqliteCatalogDbContext(options.Options);
    }
}
