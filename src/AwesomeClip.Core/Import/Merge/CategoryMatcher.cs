using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Import.Merge;

/// <summary>
/// Decides which catalog category each section of the list is: the same heading as at the last import, else the
/// same current name, else the same slug, else the category whose papers mostly went into the section (a rename).
/// </summary>
internal static class CategoryMatcher
{
    public static IReadOnlyList<SectionPlan> Match(CatalogState state, ParsedList list, IReadOnlyList<MatchRow> rows, IReadOnlyDictionary<int, MatchCandidate> matches)
    {
        var sections = list.Categories;
        var found = new Category?[sections.Count];
        var free = state.Categories.OrderBy(c => c.DeletedAt is null ? 0 : 1).ThenBy(c => c.Id).ToList();

        void Pass(Func<ParsedCategory, Category, bool> same)
        {
            for (var i = 0; i < sections.Count; i++)
            {
                if (found[i] is not null) continue;
                var match = free.FirstOrDefault(c => same(sections[i], c));
                if (match is null) continue;
                found[i] = match;
                free.Remove(match);
            }
        }

        // "Generation" under "Vision" is not "Generation" under "Audio": first the same name under the same parent.
        bool SameParent(ParsedCategory s, Category c) =>
            s.Parent is { } p ? found[p] is { } parent && (c.ImportedParentId ?? c.ParentId) == parent.Id : (c.ImportedParentId ?? c.ParentId) is null;

        Pass((s, c) => c.ImportedName == s.Name && SameParent(s, c));
        Pass((s, c) => c.ImportedName == s.Name);
        Pass((s, c) => c.Name == s.Name);
        Pass((s, c) => c.Slug == Slug.From(s.Name) || (c.ImportedName is not null && Slug.From(c.ImportedName) == Slug.From(s.Name)));
        MatchByPapers(state, sections, rows, matches, found, free);

        return sections.Select((s, i) => found[i] is { } c
                ? new SectionPlan(s, c, c.DeletedAt is not null, FinalName(s, c))
                : new SectionPlan(s, null, false, s.Name))
            .ToList();
    }

    /// <summary>The list's heading, unless a maintainer renamed the category and the list did not.</summary>
    private static string FinalName(ParsedCategory section, Category category)
    {
        var baseline = category.ImportedName ?? category.Name;
        return section.Name == baseline ? category.Name : category.Name == baseline ? section.Name : category.Name;
    }

    /// <summary>A renamed section: most of the papers the list had in a category are now in the section.</summary>
    private static void MatchByPapers(
        CatalogState state, IReadOnlyList<ParsedCategory> sections, IReadOnlyList<MatchRow> rows,
        IReadOnlyDictionary<int, MatchCandidate> matches, Category?[] found, List<Category> free)
    {
        var inList = state.Papers
            .Select(p => CatalogState.BaselineOf(p))
            .Where(b => b is { InList: true })
            .GroupBy(b => b!.Value.Values.CategoryId)
            .ToDictionary(g => g.Key ?? 0, g => g.Count());
        var pairs = new List<(int Section, Category Category, int Overlap)>();
        for (var i = 0; i < sections.Count; i++)
        {
            if (found[i] is not null) continue;
            var section = sections[i];
            var fromCategory = rows.Where(r => r.Section == section && matches.ContainsKey(r.Index))
                .Select(r => matches[r.Index])
                .Where(m => m.InList)
                .GroupBy(m => m.Values.CategoryId);
            foreach (var group in fromCategory)
            {
                var category = free.FirstOrDefault(c => c.Id == group.Key);
                if (category is null) continue;
                var overlap = group.Count();
                if (overlap * 2 > inList.GetValueOrDefault(category.Id)) pairs.Add((i, category, overlap));
            }
        }
        foreach (var (section, category, _) in pairs.OrderByDescending(p => p.Overlap).ThenBy(p => p.Section))
        {
            if (found[section] is not null || !free.Contains(category)) continue;
            found[section] = category;
            free.Remove(category);
        }
    }
}
