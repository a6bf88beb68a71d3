using System.Globalization;
using System.Text;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>
/// The list for a catalog that was never imported: a title, a table of contents, and one
/// <c>Title | Abstract | Intro | Useful Links</c> table per category with year rows, each category under its parent.
/// </summary>
internal static class BuiltInList
{
    public const string Title = "Awesome-CLIP";

    public static string Write(IReadOnlyList<Category> categories, ICollection<Messages.CoreMessage> warnings)
    {
        var depth = categories.ToDictionary(c => c, c => Depth(c));
        var anchors = GithubAnchor.ForAll(categories.Select(c => c.Name).Prepend(Title)).ToList();
        var sb = new StringBuilder();
        sb.Append("# ").Append(Title).Append("\n\n");
        if (categories.Count == 0) return sb.ToString();
        sb.Append("- [").Append(Title).Append("](#").Append(anchors[0]).Append(")\n");
        for (var i = 0; i < categories.Count; i++)
            sb.Append(new string(' ', 2 * (depth[categories[i]] + 1))).Append("- [").Append(MarkdownEscape.Full(categories[i].Name)).Append("](#").Append(anchors[i + 1]).Append(")\n");
        foreach (var category in categories)
        {
            sb.Append("\n\n").Append(new string('#', Math.Min(6, 2 + depth[category]))).Append(' ').Append(HeadingText.Markdown(category.Name)).Append("\n\n\n");
            var papers = ListWriter.Live(category).ToList();
            if (papers.Count == 0) continue;
            sb.Append(PaperRow.TableHeader).Append('\n').Append(PaperRow.TableDelimiter).Append('\n');
            foreach (var wanted in SectionBody.Order(papers, YearOrder.Ascending, yearRows: true))
            {
                sb.Append(wanted.Paper is { } paper ? PaperRow.For(paper, warnings) : string.Create(CultureInfo.InvariantCulture, $"|{wanted.Year}|")).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static int Depth(Category category)
    {
        var depth = 0;
        for (var c = category.Parent; c is not null && depth < 4; c = c.Parent) depth++;
        return depth;
    }
}
