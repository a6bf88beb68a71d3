using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// What "in the trash" means, in one place: a paper or category whose <c>DeletedAt</c> is set. Every query of
/// <see cref="Paper"/> and <see cref="Category"/> leaves them out through a named global query filter (the entity
/// configurations); the admin pages, the importer and the editors that need them ask with <see cref="IncludingTrash"/>.
/// </summary>
public static class Trash
{
    public const string Filter = "Trash";

    public static IQueryable<T> IncludingTrash<T>(this IQueryable<T> query) where T : class => query.IgnoreQueryFilters([Filter]);
}
