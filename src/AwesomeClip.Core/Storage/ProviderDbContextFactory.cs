using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Storage;

/// <summary>
/// Hands out the configured provider's derived context as the shared base type, so services keep asking for
/// <c>IDbContextFactory&lt;CatalogDbContext&gt;</c> whatever the database.
/// </summary>
public sealed class ProviderDbContextFactory<TBase, TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<TBase>
    where TBase : DbContext
    where TContext : TBase
{
    public TBase CreateDbContext() => inner.CreateDbContext();

    public async Task<TBase> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
}
