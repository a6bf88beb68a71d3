using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>One export of the catalog into a parsed template; see <see cref="ListWriter"/>.</summary>
internal sealed class TemplateWriter(ListTemplate template, IReadOnlyList<Category> categories, ICollection<string> warnings)
{
    private readonly Dictionary<Category, int> sectionOf = SectionMatcher.Match(template, categories);
    private readonly Dictionary<Paper, int> templateLineOf = TemplateLines(template, categories);

    private List<TextLine> Lines => template.Lines;

    private IReadOnlyList<TemplateSection> Sections => template.Sections;

    public List<TextLine> Write()
    {
        var output = new List<TextLine>();
        output.AddRange(Preamble());
        for (var j = 0; j < categories.Count; j++)
        {
            var category = categories[j];
            var matched = sectionOf.TryGetValue(category, out var k);
            output.AddRange(matched ? Section(Sections[k], category) : NewSection(category));
            if (j < categories.Count - 1) output.AddRange(matched && k < Sections.Count - 1 ? Trailer(k) : DefaultGap());
        }
        output.AddRange(Lines.Skip(Sections[^1].End + 1));
        return output;
    }

    private IEnumerable<TextLine> Preamble()
    {
        var end = Sections[0].HeadingStart;
        if (template.Toc.Count == 0 || SameCategories()) return Lines.Take(end);

        var first = template.Toc.Min(e => e.Line);
        var tocLines = template.Toc.Select(e => e.Line).ToHashSet();
        var output = new List<TextLine>();
        for (var i = 0; i < end; i++)
        {
            if (i == first) output.AddRange(TocEntries());
            else if (!tocLines.Contains(i)) output.Add(Lines[i]);
        }
        return output;
    }

    private bool SameCategories() =>
        categories.Count == Sections.Count
        && categories.Select((c, j) => sectionOf.TryGetValue(c, out var k) && k == j && c.Name == Sections[k].Name).All(same => same);

    private IEnumerable<TextLine> TocEntries()
    {
        var anchors = GithubAnchor.ForAll(template.PreambleHeadings.Concat(categories.Select(c => c.Name))).Skip(template.PreambleHeadings.Count).ToList();
        var entryOf = template.Toc.ToDictionary(e => e.Section);
        for (var j = 0; j < categories.Count; j++)
        {
            var category = categories[j];
            var matched = sectionOf.TryGetValue(category, out var k);
            var old = matched && entryOf.TryGetValue(k, out var e) ? e : null;
            if (matched && category.Name == Sections[k].Name)
            {
                // Unchanged categories keep their entry as written, or stay out of the TOC if they were not in it.
                if (old is not null) yield return Lines[old.Line];
                continue;
            }
            var prefix = (old ?? template.Toc[0]).Prefix;
            yield return new TextLine($"{prefix}[{TocText(category.Name)}](#{anchors[j]})", "");
        }
    }

    // The list escapes '&' in TOC entries ("Improvement \& Innovation").
    private static string TocText(string name) => MarkdownEscape.Full(name);

    private IEnumerable<TextLine> Section(TemplateSection section, Category category)
    {
        if (category.Name == section.Name)
        {
            for (var i = section.HeadingStart; i <= section.HeadingEnd; i++) yield return Lines[i];
        }
        else
        {
            yield return new TextLine($"## {category.Name}", Lines[section.HeadingEnd].Eol);
        }
        for (var i = section.HeadingEnd + 1; i < section.BodyStart; i++) yield return Lines[i];
        var wanted = SectionBody.Order(ListWriter.Live(category), section.YearOrder);
        foreach (var line in SectionBody.Merge(Lines, section.Body, wanted, templateLineOf, warnings)) yield return line;
    }

    private IEnumerable<TextLine> NewSection(Category category)
    {
        var model = Sections[0];
        yield return new TextLine($"## {category.Name}", "");
        yield return new TextLine("", "");
        yield return new TextLine("", "");
        yield return new TextLine(Lines[model.BodyStart - 2].Text, "");
        yield return new TextLine(Lines[model.BodyStart - 1].Text, "");
        var wanted = SectionBody.Order(ListWriter.Live(category), model.YearOrder == YearOrder.Descending ? YearOrder.Descending : YearOrder.Ascending);
        foreach (var line in SectionBody.Merge(Lines, [], wanted, templateLineOf, warnings)) yield return line;
    }

    /// <summary>The lines between section <paramref name="k"/> and the next: they travel with the section.</summary>
    private IEnumerable<TextLine> Trailer(int k) => Lines.Skip(Sections[k].End + 1).Take(Sections[k + 1].HeadingStart - Sections[k].End - 1);

    /// <summary>The most common gap between two sections of the template (two blank lines if it has one section).</summary>
    private IEnumerable<TextLine> DefaultGap()
    {
        var gaps = Enumerable.Range(0, Sections.Count - 1).Select(k => Trailer(k).ToList()).ToList();
        return gaps.Count == 0
            ? [new TextLine("", ""), new TextLine("", "")]
            : gaps.GroupBy(g => string.Join('\n', g.Select(l => l.Text))).OrderByDescending(g => g.Count()).First().First();
    }

    /// <summary>The template line each paper was imported from, when the line still holds the paper's imported row.</summary>
    private static Dictionary<Paper, int> TemplateLines(ListTemplate template, IReadOnlyList<Category> categories)
    {
        var result = new Dictionary<Paper, int>();
        var claimed = new HashSet<int>();
        foreach (var paper in categories.SelectMany(ListWriter.Live).OrderBy(p => p.Id))
        {
            var line = paper.SourceLine - 1;
            if (!template.PaperLines.Contains(line) || template.Lines[line].Text != paper.SourceMarkdown || !claimed.Add(line)) continue;
            result[paper] = line;
        }
        return result;
    }
}
