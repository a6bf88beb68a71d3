
namespace AwesomeClip.Core.Catalog;

/// <summary>The categories as a tree, from the flat list in list order: depths and the papers under each.</summary>
public static class CategoryTree
{
    public static IReadOnlyList<CategorySummary> Annotate(IReadOnlyList<CategorySummary> flat)
    {
        ArgumentNullException.ThrowIfNull(flat);
        var byId = flat.ToDictionary(c => c.Id);
        int Depth(CategorySummary c)
        {
            var depth = 0;
            for (var p = c.ParentId; p is { } id && byId.TryGetValue(id, out var parent) && depth < 16; p = parent.ParentId) depth++;
            return depth;
        }
        var totals = flat.ToDictionary(c => c.Id, c => c.Count);
        foreach (var c in flat)
        {
            for (var p = c.ParentId; p is { } id && byId.TryGetValue(id, out var parent); p = parent.ParentId) totals[id] += c.Count;
        }
        return flat.Select(c => c with { Depth = Depth(c), Total = totals[c.Id] }).ToList();
    }

    /// <summary>The category's sub-categories, direct ones only, in list order.</summary>
    public static IEnumerable<CategorySummary> Children(IReadOnlyList<CategorySummary> all, int id) => all.Where(c => c.ParentId == id);

    /// <summary><paramref name="roots"/> and every category under them, roots first, each once (a cycle cannot loop).</summary>
    public static List<int> WithDescendants(IEnumerable<(int Id, int? ParentId)> all, IEnumerable<int> roots)
    {
        var children = all.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value, c => c.Id);
        var ids = new List<int>();
        var seen = new HashSet<int>();
        foreach (var root in roots) if (seen.Add(root)) ids.Add(root);
        for (var i = 0; i < ids.Count; i++) ids.AddRange(children[ids[i]].Where(seen.Add));
        return ids;
    }
}
