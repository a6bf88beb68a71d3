using System.Text;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>The list's skeleton for a catalog that was never imported: title, table of contents, one table per category.</summary>
internal static class BuiltInList
{
    public const string Title = "Awesome-CLIP";

    public static string Write(IReadOnlyList<Category> categories, ICollection<string> warnings)
    {
        var skeleton = Skeleton(categories);
        if (categories.Count == 0) return skeleton;
        var template = ListTemplate.Parse(skeleton);
        return TextLine.Join(new TemplateWriter(template, categories, warnings).Write(), "\n", "\n");
    }

    private static string Skeleton(IReadOnlyList<Category> categories)
    {
        var anchors = GithubAnchor.ForAll(categories.Select(c => c.Name).Prepend(Title)).ToList();
        var sb = new StringBuilder();
        sb.Append("# ").Append(Title).Append("\n\n");
        if (categories.Count == 0) return sb.ToString();
        sb.Append("- [").Append(Title).Append("](#").Append(anchors[0]).Append(")\n");
        for (var i = 0; i < categories.Count; i++)
            sb.Append("  - [").Append(MarkdownEscape.Full(categories[i].Name)).Append("](#").Append(anchors[i + 1]).Append(")\n");
        foreach (var category in categories)
        {
            sb.Append("\n\n## ").Append(category.Name).Append("\n\n\n");
            sb.Append(PaperRow.TableHeader).Append('\n').Append(PaperRow.TableDelimiter).Append('\n');
        }
        return sb.ToString();
    }
}
