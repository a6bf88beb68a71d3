using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Each category's place in the tree, as the index stores it with a paper: the path's names ("Vision / Generation",
/// so that two sections named "Generation" tell apart in the facets) and the slugs of the sections above it (so that a
/// filter on "vision" takes the papers of its sub-sections).
/// </summary>
internal sealed class CategoryPaths
{
    public const string NameSeparator = " / ";

    private readonly Dictionary<int, Node> nodes;

    private CategoryPaths(IEnumerable<Node> all) => nodes = all.ToDictionary(n => n.Id);

    private sealed record Node(int Id, int? ParentId, string Slug, string Name);

    public static readonly CategoryPaths None = new([]);

    public static async Task<CategoryPaths> LoadAsync(CatalogDbContext db, CancellationToken ct) =>
        new(await db.Categories.IncludingTrash().AsNoTracking().Select(c => new Node(c.Id, c.ParentId, c.Slug, c.Name)).ToListAsync(ct).ConfigureAwait(false));

    /// <summary>The path's names and the ancestors' slugs (nearest last) of <paramref name="category"/>.</summary>
    public (string Path, IReadOnlyList<string> Ancestors) Of(Category category)
    {
        var names = new List<string> { category.Name };
        var ancestors = new List<string>();
        var seen = new HashSet<int> { category.Id };
        for (var id = category.ParentId; id is { } at && nodes.TryGetValue(at, out var node) && seen.Add(at); id = node.ParentId)
        {
            names.Insert(0, node.Name);
            ancestors.Insert(0, node.Slug);
        }
        return (string.Join(NameSeparator, names), ancestors);
    }
}
