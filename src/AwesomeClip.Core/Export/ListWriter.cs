using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>
/// Writes the catalog into a template (the newest imported version of the list): the template's text where the
/// catalog did not change it, the catalog's categories and papers where it did.
/// </summary>
public static class ListWriter
{
    /// <param name="template">Markdown of the newest imported version; null writes a complete list from scratch.</param>
    /// <param name="categories">Categories with their papers (links and figures loaded); trashed papers are left out.</param>
    public static ListExport Write(string? template, IEnumerable<Category> categories)
    {
        var ordered = categories.OrderBy(c => c.Order).ThenBy(c => c.Id).ToList();
        var warnings = new List<string>();
        var parsed = template is null ? null : ListTemplate.Parse(template);
        if (parsed is null || parsed.Sections.Count == 0)
            return new ListExport(BuiltInList.Write(ordered, warnings), warnings);
        var lines = new TemplateWriter(parsed, ordered, warnings).Write();
        return new ListExport(TextLine.Join(lines, parsed.Newline, parsed.FinalEol), warnings);
    }

    internal static IEnumerable<Paper> Live(Category category) => category.Papers.Where(p => p.DeletedAt is null);
}
