using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Suggestions;

/// <summary>
/// Readers' suggestions on the catalog's context: a table beside the catalog, owned by this feature (entity,
/// configuration, this set), so Storage names none of its types (ADR-028).
/// </summary>
public static class SuggestionTables
{
    extension(CatalogDbContext db)
    {
        public DbSet<Suggestion> Suggestions => db.Set<Suggestion>();
    }
}
