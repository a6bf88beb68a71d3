using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>Which template section each catalog category is: the same name, else the same slug, else most of its papers.</summary>
internal static class SectionMatcher
{
    public static Dictionary<Category, int> Match(ListTemplate template, IReadOnlyList<Category> categories)
    {
        var result = new Dictionary<Category, int>();
        var free = Enumerable.Range(0, template.Sections.Count).ToList();
        string Name(int k) => template.CategoryOf(template.Sections[k]).Name;

        void Take(Func<Category, int, bool> same)
        {
            foreach (var category in categories.Where(c => !result.ContainsKey(c)))
            {
                var k = free.FirstOrDefault(i => same(category, i), -1);
                if (k < 0) continue;
                result[category] = k;
                free.Remove(k);
            }
        }

        Take((c, k) => c.Name == Name(k) && SameParent(template, result, c, k));
        Take((c, k) => c.Name == Name(k));
        Take((c, k) => c.Slug == Slug.From(Name(k)));
        Take((c, k) => PapersFrom(template.Sections[k], c) > 0 && free.All(o => PapersFrom(template.Sections[o], c) <= PapersFrom(template.Sections[k], c)));
        return result;
    }

    // "Generation" under "Vision" and "Generation" under "Audio" are different sections.
    private static bool SameParent(ListTemplate template, Dictionary<Category, int> result, Category category, int k)
    {
        var parent = template.CategoryOf(template.Sections[k]).Parent;
        if (category.Parent is null) return parent is null;
        return parent is { } p && template.Parsed.Categories[p].Name == category.Parent.Name;
    }

    private static int PapersFrom(SectionMap section, Category category) =>
        ListWriter.Live(category).Count(p => p.SourceLine - 1 >= section.BodyStart && p.SourceLine - 1 <= section.End);
}
