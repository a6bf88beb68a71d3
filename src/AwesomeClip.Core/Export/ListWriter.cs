using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>
/// Writes the catalog into a template (the newest imported version of the list): the template's text where the
/// catalog did not change it, the catalog's categories and papers, in each section's own layout, where it did.
/// </summary>
public static class ListWriter
{
    /// <param name="template">Markdown of the newest imported version; null writes a complete list from scratch.</param>
    /// <param name="categories">Categories with their papers (links and figures loaded); trashed papers are left out.</param>
    /// <param name="layoutJson">The layout file the template was imported with, if any.</param>
    public static ListExport Write(string? template, IEnumerable<Category> categories, string? layoutJson = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var ordered = categories.OrderBy(c => c.Order).ThenBy(c => c.Id).ToList();
        var warnings = new List<Messages.CoreMessage>();
        var layout = layoutJson is null ? ListLayout.Default : ListLayout.Parse(layoutJson);
        var parsed = template is null ? null : ListTemplate.Parse(template, layout);
        if (parsed is null || parsed.Sections.Count == 0)
            return new ListExport(BuiltInList.Write(ordered, warnings), warnings);
        var lines = new TemplateWriter(parsed, ordered, warnings).Write();
        return new ListExport(TextLine.Join(lines, parsed.Newline, parsed.FinalEol), warnings);
    }

    internal static IEnumerable<Paper> Live(Category category) => category.Papers.Where(p => p.DeletedAt is null);
}
