using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// Link health's tables on the catalog's context. The feature owns them (entities, configurations, these sets), so
/// Storage names none of its types and LinkHealth → Storage stays one-way (ADR-028).
/// </summary>
public static class LinkHealthTables
{
    extension(CatalogDbContext db)
    {
        public DbSet<LinkStatus> LinkStatuses => db.Set<LinkStatus>();

        public DbSet<LinkCheck> LinkChecks => db.Set<LinkCheck>();
    }
}
