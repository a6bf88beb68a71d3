namespace AwesomeClip.Core.Catalog;

/// <summary>Which of a paper's links a list row offers one click away: its code, the paper itself, its project page.</summary>
public static class RowLinks
{
    public static bool Shows(LinkKind kind) => kind is LinkKind.Github or LinkKind.Code or LinkKind.Paper or LinkKind.Project;

    /// <summary>At most one link of each kind, code first, then the paper, then the project page.</summary>
    public static IReadOnlyList<LinkView> Pick(IEnumerable<LinkView> links) =>
        [.. links.Where(l => Shows(l.Kind))
            .GroupBy(l => l.Kind is LinkKind.Github ? LinkKind.Code : l.Kind)
            .OrderBy(g => g.Key switch { LinkKind.Code => 0, LinkKind.Paper => 1, _ => 2 })
            .Select(g => g.First())];
}
