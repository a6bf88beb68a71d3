using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export.Rendering;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export;

/// <summary>One export of the catalog into a parsed template; see <see cref="ListWriter"/>.</summary>
internal sealed class TemplateWriter
{
    private readonly ListTemplate template;
    private readonly IReadOnlyList<Category> categories;
    private readonly ICollection<Messages.CoreMessage> warnings;
    private readonly Dictionary<Category, int> sectionOf;
    private readonly Dictionary<Paper, (SectionMap Section, BodyItem Item, ParsedPaper Entry)> entries;
    private readonly Dictionary<Paper, int> templateLineOf;

    public TemplateWriter(ListTemplate template, IReadOnlyList<Category> categories, ICollection<Messages.CoreMessage> warnings)
    {
        this.template = template;
        this.categories = categories;
        this.warnings = warnings;
        sectionOf = SectionMatcher.Match(template, categories);
        entries = template.EntriesOf(categories.SelectMany(ListWriter.Live));
        templateLineOf = entries.ToDictionary(e => e.Key, e => e.Value.Item.Line);
    }

    private List<TextLine> Lines => template.Lines;

    private IReadOnlyList<SectionMap> Sections => template.Sections;

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
        var toc = template.Toc.Where(t => t.Line < end).ToList();
        if (toc.Count == 0 || SameCategories()) return Lines.Take(end);
        return new TocWriter(template, categories, sectionOf, toc).Write(Lines.Take(end).ToList());
    }

    private bool SameCategories() =>
        categories.Count == Sections.Count
        && categories.Select((c, j) => sectionOf.TryGetValue(c, out var k) && k == j && c.Name == template.CategoryOf(Sections[k]).Name).All(same => same);

    private IEnumerable<TextLine> Section(SectionMap section, Category category)
    {
        var imported = template.CategoryOf(section).Name;
        if (category.Name == imported || section.HeadingEnd < section.HeadingStart)
        {
            for (var i = section.HeadingStart; i <= section.HeadingEnd; i++) yield return Lines[i];
        }
        else
        {
            for (var i = section.HeadingStart; i <= section.HeadingEnd; i++)
                yield return i == section.NameLine ? Lines[i] with { Text = HeadingText.Rename(Lines[i].Text, section, category.Name) } : Lines[i];
        }
        var context = template.ContextFor(section);
        var wanted = SectionBody.Order(ListWriter.Live(category), section.YearOrder, context.YearRows && context.Layout == EntryLayout.TableRow);
        foreach (var line in SectionBody.Merge(Lines, section.Body, wanted, templateLineOf, p => Entry(p, context), BlankLinesBetween(section, context)))
            yield return line;
    }

    private string Entry(Paper paper, EntryContext context)
    {
        var own = entries.TryGetValue(paper, out var found) ? found.Entry : null;
        return EntryWriter.Write(paper, own, context, warnings);
    }

    /// <summary>A category the template has no section for: a heading like its siblings', a table header if they have tables, its entries.</summary>
    private IEnumerable<TextLine> NewSection(Category category)
    {
        var model = ModelFor(category);
        var name = category.Name;
        if (model.Kind == HeadingKind.Details)
        {
            yield return new TextLine("<details open>", "");
            yield return new TextLine($"<summary>{HeadingText.Html(name)}</summary>", "");
        }
        else
        {
            var level = Math.Clamp(LevelFor(category, model), 1, 6);
            yield return new TextLine($"{new string('#', level)} {HeadingText.Markdown(name)}", "");
        }
        var context = template.ContextFor(model);
        for (var i = 0; i < GapUnderHeadings(); i++) yield return new TextLine("", "");
        var table = context.Layout == EntryLayout.TableRow && context.TableHeader is not null;
        if (table)
        {
            yield return new TextLine(context.TableHeader!, "");
            yield return new TextLine(context.TableDelimiter!, "");
        }
        var wanted = SectionBody.Order(ListWriter.Live(category), model.YearOrder == YearOrder.Descending ? YearOrder.Descending : YearOrder.Ascending, table && context.YearRows);
        foreach (var line in SectionBody.Merge(Lines, [], wanted, templateLineOf, p => Entry(p, context), BlankLinesBetween(model, context)))
            yield return line;
        if (model.Kind == HeadingKind.Details)
        {
            yield return new TextLine("", "");
            yield return new TextLine("</details>", "");
        }
    }

    /// <summary>The section a new category is written like: a sibling's, else one under its parent's parent, else the first.</summary>
    private SectionMap ModelFor(Category category)
    {
        var siblings = categories.Where(c => c.ParentId == category.ParentId && c != category && sectionOf.ContainsKey(c)).Select(c => Sections[sectionOf[c]]).ToList();
        if (siblings.Count > 0) return siblings.MinBy(s => Math.Abs(s.Category - Near(category)))!;
        var top = Sections.Where(s => template.CategoryOf(s).Parent is null).ToList();
        return (category.ParentId is null ? top.FirstOrDefault() : null) ?? Sections[0];
    }

    private int Near(Category category) => categories.TakeWhile(c => c != category).Where(sectionOf.ContainsKey).Select(c => sectionOf[c]).DefaultIfEmpty(0).Last();

    private int LevelFor(Category category, SectionMap model)
    {
        if (categories.Any(c => c.ParentId == category.ParentId && c != category && sectionOf.ContainsKey(c))) return model.Level;
        if (category.Parent is { } parent && sectionOf.TryGetValue(parent, out var p) && Sections[p].Kind != HeadingKind.Details) return Sections[p].Level + 1;
        return model.Level == 0 ? 2 : model.Level;
    }

    /// <summary>
    /// The blank lines sections have between their heading and their first table or entry (the most common count, over
    /// sections where nothing else stands between); two when no section shows it.
    /// </summary>
    private int GapUnderHeadings()
    {
        var gaps = new List<int>();
        foreach (var section in Sections.Where(s => s.HeadingEnd >= s.HeadingStart))
        {
            var first = section.Table?.Header ?? section.Body.FirstOrDefault(b => b.Kind != BodyItemKind.Other)?.Line;
            if (first is not { } f) continue;
            var between = Enumerable.Range(section.HeadingEnd + 1, Math.Max(0, f - section.HeadingEnd - 1)).ToList();
            if (between.All(i => Lines[i].Text.Trim().Length == 0)) gaps.Add(between.Count);
        }
        return gaps.Count == 0 ? 2 : Math.Max(1, gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key);
    }

    /// <summary>Blank lines between two entries of the section (block entries have them; bullets and rows do not).</summary>
    private int BlankLinesBetween(SectionMap section, EntryContext context)
    {
        if (context.Layout is EntryLayout.TableRow or EntryLayout.Line) return 0;
        var items = section.Body;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind != BodyItemKind.Entry) continue;
            var gap = items.Skip(i + 1).TakeWhile(b => b.Kind == BodyItemKind.Other && Lines[b.Line].Text.Trim().Length == 0).Count();
            var next = items.Skip(i + 1 + gap).FirstOrDefault();
            if (next?.Kind == BodyItemKind.Entry) return gap;
        }
        return context.Layout == EntryLayout.Block ? 1 : 0;
    }

    /// <summary>The lines between section <paramref name="k"/> and the next: they travel with the section.</summary>
    private IEnumerable<TextLine> Trailer(int k) => Lines.Skip(Sections[k].End + 1).Take(Sections[k + 1].HeadingStart - Sections[k].End - 1);

    /// <summary>The most common gap between two sections of the template (two blank lines if it has one section).</summary>
    private IEnumerable<TextLine> DefaultGap()
    {
        var gaps = Enumerable.Range(0, Sections.Count - 1).Select(k => Trailer(k).ToList()).Where(g => g.All(l => l.Text.Trim().Length == 0)).ToList();
        return gaps.Count == 0
            ? [new TextLine("", ""), new TextLine("", "")]
            : gaps.GroupBy(g => g.Count).OrderByDescending(g => g.Count()).First().First();
    }
}
