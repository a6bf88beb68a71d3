using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Admin;

/// <summary>
/// <see cref="Category.Order"/> is the list's reading order over the whole tree: each category, then its sections.
/// After a change the categories are numbered again in that order, siblings keeping their relative order.
/// </summary>
internal static class CategoryOrdering
{
    public static void Renumber(IReadOnlyCollection<Category> live)
    {
        // A new category has no id yet: its parent is known by reference.
        static bool IsChildOf(Category c, Category parent) => c.Parent == parent || c.ParentId is { } p && p != 0 && p == parent.Id;
        var order = 0;
        void Visit(IEnumerable<Category> level)
        {
            foreach (var c in level.OrderBy(c => c.Order).ThenBy(c => c.Id).ToList())
            {
                c.Order = order++;
                Visit(live.Where(k => k != c && IsChildOf(k, c)));
            }
        }
        Visit(live.Where(c => !live.Any(parent => parent != c && IsChildOf(c, parent))));
    }
}
