using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>
/// Rewrites the table of contents where the categories changed, a line at a time: a renamed category's line gets the
/// new name and anchor (an explicit <c>&lt;a name&gt;</c> anchor is kept), a removed one's line goes, a new category's
/// line follows the line of the category before it, indented like its siblings'. Lines that name no category stay.
/// Only when categories were reordered are the category lines written again in the new order.
/// </summary>
internal sealed class TocWriter(ListTemplate template, IReadOnlyList<Category> categories, Dictionary<Category, int> sectionOf, IReadOnlyList<TocLink> toc)
{
    public IEnumerable<TextLine> Write(List<TextLine> preamble)
    {
        var categoryOf = toc.ToDictionary(t => t, t => CatalogCategory(t));
        var anchors = Anchors();
        var listed = toc.Where(t => categoryOf[t] is not null).Select(t => categoryOf[t]!).ToList();
        var reordered = !listed.SequenceEqual(categories.Where(listed.Contains));
        var byLine = toc.ToDictionary(t => t.Line);
        var newOnes = categories.Where(c => !sectionOf.ContainsKey(c)).ToList();

        var output = new List<TextLine>();
        var written = new Dictionary<Category, int>();
        var first = toc.Min(t => t.Line);
        for (var i = 0; i < preamble.Count; i++)
        {
            if (!byLine.TryGetValue(i, out var link))
            {
                output.Add(preamble[i]);
                continue;
            }
            if (reordered)
            {
                if (i != first) continue;
                foreach (var category in categories.Where(c => listed.Contains(c) || newOnes.Contains(c)))
                {
                    var own = toc.FirstOrDefault(t => categoryOf[t] == category);
                    output.Add(own is not null && Unrenamed(own, category) ? preamble[own.Line] : new TextLine(Line(own, category, anchors), own is null ? "" : preamble[own.Line].Eol));
                }
                continue;
            }
            var current = categoryOf[link];
            if (current is null) continue; // the category is gone
            output.Add(Unrenamed(link, current) ? preamble[i] : preamble[i] with { Text = Line(link, current, anchors) });
            written[current] = output.Count - 1;
        }
        if (reordered) return output;

        // New categories: after the line of the category before them in the catalog.
        foreach (var category in newOnes)
        {
            var before = categories.TakeWhile(c => c != category).LastOrDefault(written.ContainsKey);
            var at = before is null ? written.Values.DefaultIfEmpty(output.Count - 1).Min() - 1 : written[before];
            // Under the previous category's sub-categories, not between them.
            if (before is not null)
            {
                foreach (var (c, line) in written.Where(w => IsUnder(w.Key, before)))
                    at = Math.Max(at, line);
            }
            output.Insert(at + 1, new TextLine(Line(null, category, anchors), ""));
            foreach (var key in written.Keys.ToList()) if (written[key] > at) written[key]++;
            written[category] = at + 1;
        }
        return output;
    }

    /// <summary>The category still has the name its heading had: its line stays as written ("Few shot" for "#### Few Shot").</summary>
    private bool Unrenamed(TocLink link, Category category) =>
        category.Name == link.Text || category.Name == template.Parsed.Categories[link.Category].Name;

    private Category? CatalogCategory(TocLink link)
    {
        var k = template.Sections.ToList().FindIndex(s => s.Category == link.Category);
        return k < 0 ? null : sectionOf.FirstOrDefault(x => x.Value == k).Key;
    }

    private string Line(TocLink? own, Category category, IReadOnlyDictionary<Category, string> anchors)
    {
        var model = own ?? PrefixModel(category);
        var anchor = own is not null && template.Sections.FirstOrDefault(s => s.Category == own.Category)?.Anchor is { } explicitAnchor
            && string.Equals(explicitAnchor, own.Anchor, StringComparison.OrdinalIgnoreCase)
            ? own.Anchor
            : anchors[category];
        var suffix = own?.Suffix is { } s && s.Trim().Length > 0 ? s.TrimEnd() : "";
        return $"{Prefix(own, category, model)}[{MarkdownEscape.Full(category.Name)}](#{anchor}){suffix}";
    }

    private string Prefix(TocLink? own, Category category, TocLink? model)
    {
        if (own is not null) return own.Prefix;
        if (model is not null && CatalogCategory(model) is { } m && m.ParentId == category.ParentId) return model.Prefix;
        // A sub-category of a listed parent: one step further in than the parent's line.
        if (category.Parent is { } parent && toc.FirstOrDefault(t => CatalogCategory(t) == parent) is { } p)
        {
            var indent = toc.Select(t => t.Prefix).Where(x => x.Length > p.Prefix.Length && x.EndsWith(p.Prefix.TrimStart(), StringComparison.Ordinal))
                .OrderBy(x => x.Length).FirstOrDefault();
            return indent ?? "  " + p.Prefix;
        }
        return model?.Prefix ?? toc[0].Prefix;
    }

    private TocLink? PrefixModel(Category category) =>
        toc.FirstOrDefault(t => CatalogCategory(t) is { } c && c.ParentId == category.ParentId) ?? toc.FirstOrDefault();

    private static bool IsUnder(Category category, Category ancestor)
    {
        for (var c = category.Parent; c is not null; c = c.Parent)
        {
            if (c == ancestor) return true;
        }
        return false;
    }

    /// <summary>Each category's anchor in the exported file, as GitHub numbers repeated headings.</summary>
    private Dictionary<Category, string> Anchors()
    {
        var headings = template.Parsed.Map.Headings.ToList();
        var indexOf = new Dictionary<Category, int>();
        foreach (var (category, k) in sectionOf)
        {
            var section = template.Sections[k];
            if (section.HeadingIndex < 0) continue;
            headings[section.HeadingIndex] = category.Name;
            indexOf[category] = section.HeadingIndex;
        }
        foreach (var category in categories.Where(c => !indexOf.ContainsKey(c)))
        {
            headings.Add(category.Name);
            indexOf[category] = headings.Count - 1;
        }
        var anchors = GithubAnchor.ForAll(headings);
        return categories.ToDictionary(c => c, c => anchors[indexOf[c]]);
    }
}
