using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Benchmarks;

/// <summary>Catalog contexts over one SQLite file, configured as the app configures them.</summary>
internal sealed class FileDbContextFactory(string path) : IDbContextFactory<CatalogDbContext>
{
    public string ConnectionString { get; } = $"Data Source={path};Foreign Keys=True;Pooling=True";

    public CatalogDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite(ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).Options);
}
