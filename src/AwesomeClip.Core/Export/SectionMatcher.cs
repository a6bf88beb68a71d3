using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>Which template section each catalog category is: the same name, else the same slug, else most of its papers.</summary>
internal static class SectionMatcher
{
    public static Dictionary<Category, int> Match(ListTemplate template, IReadOnlyList<Category> categories)
    {
        var result = new Dictionary<Category, int>();
        var free = Enumerable.Range(0, template.Sections.Count).ToList();

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

        Take((c, k) => c.Name == template.Sections[k].Name);
        Take((c, k) => c.Slug == Slug.From(template.Sections[k].Name));
        Take((c, k) => PapersFrom(template.Sections[k], c) > 0 && free.All(o => PapersFrom(template.Sections[o], c) <= PapersFrom(template.Sections[k], c)));
        return result;
    }

    private static int PapersFrom(TemplateSection section, Category category) =>
        ListWriter.Live(category).Count(p => p.SourceLine - 1 >= section.BodyStart && p.SourceLine - 1 <= section.End);
}
