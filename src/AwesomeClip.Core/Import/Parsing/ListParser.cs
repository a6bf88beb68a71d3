using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Messages;
using Markdig.Extensions.Tables;
using Markdig.Syntax.Inlines;
using Markdig.Syntax;
using Markdig;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>
/// Turns an awesome list of any layout into categories and papers by walking Markdig's AST: sections from headings and
/// <c>&lt;details&gt;</c>; entries from tables (<see cref="TableReader"/>), bullets (<see cref="BulletReader"/>), lines
/// (<see cref="LineReader"/>) and blocks (<see cref="BlockReader"/>); what is not an entry is reported with its line.
/// </summary>
public static class ListParser
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Refuses (<see cref="ImportRefusedException"/>) markdown too large or too deeply nested to parse in bounded time.</summary>
    public static ParsedList Parse(string markdown, string source = "The markdown", ListLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        layout ??= ListLayout.Default;
        MarkdownLimits.Check(markdown, source);
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's own depth limit, for a shape the limits above did not foresee.
            throw new ImportRefusedException($"{source} cannot be imported: {e.Message}");
        }
        var text = new SourceText(markdown);
        var raw = SectionWalker.Walk(document, text);
        return new Assembly(raw, text, layout).Build();
    }

    /// <summary>One parse: reads each section, decides what is a category, and builds the list, its report and its map.</summary>
    private sealed class Assembly(List<RawSection> raw, SourceText source, ListLayout layout)
    {
        private readonly List<ImportIssue> issues = [];
        private readonly SectionContent[] content = new SectionContent[raw.Count];
        private readonly SectionRole[] roles = new SectionRole[raw.Count];
        private readonly List<(ListBlock List, int Section)> tocLists = [];

        /// <summary>The list's title heading (its first heading, when that is a <c>#</c>), or -1.</summary>
        private readonly int titleIndex = raw.Count > 1 && raw[1].Kind is HeadingKind.Atx or HeadingKind.Setext && raw[1].Level == 1 ? 1 : -1;

        public ParsedList Build()
        {
            for (var i = 0; i < raw.Count; i++) content[i] = Read(i);
            Decide();
            var (categories, ofSection) = Categories();
            ReportNotImported();
            ListChecks.Run(categories, issues);
            issues.Sort((a, b) => a.Line.CompareTo(b.Line));
            return new ParsedList(categories, issues)
            {
                Info = Info(),
                Sections = Reports(),
                Map = Map(categories, ofSection),
            };
        }

        /// <summary>What a section holds: its entry candidates, tables and tables of contents, read by family.</summary>
        private SectionContent Read(int index)
        {
            var section = raw[index];
            var path = PathOf(index);
            var rule = path.Count == 0 ? null : layout.For(path);
            var result = new SectionContent(rule);
            var blocks = section.Blocks;
            var family = rule?.Layout ?? EntryFamily.Any;
            for (var b = 0; b < blocks.Count; b++)
            {
                switch (blocks[b])
                {
                    case Table table when family is EntryFamily.Any or EntryFamily.Table:
                        var read = TableReader.Read(table, source, layout.ColumnsFor(rule), issues);
                        result.Tables.Add(read);
                        result.Candidates.AddRange(read.Entries);
                        break;
                    case ListBlock list when BulletReader.IsTableOfContents(list):
                        tocLists.Add((list, index));
                        result.HasToc = true;
                        break;
                    case ListBlock list when family is EntryFamily.Any or EntryFamily.Bullets:
                        result.Candidates.AddRange(BulletReader.Read(list, source).Select(c => Apply(c, rule)));
                        break;
                    case ParagraphBlock paragraph when paragraph.Inline is not null:
                        if (family is EntryFamily.Any or EntryFamily.Blocks && BlockReader.StartsWithBold(paragraph))
                        {
                            var next = b + 1 < blocks.Count ? blocks[b + 1] as ListBlock : null;
                            var links = next is not null && BlockReader.IsLinkList(next) && !BulletReader.IsTableOfContents(next) ? next : null;
                            if (links is not null && (family == EntryFamily.Blocks || !LineReader.IsLineList(paragraph, source))) b++;
                            if (links is not null || family == EntryFamily.Blocks || HasLineBreaks(paragraph) && !LineReader.IsLineList(paragraph, source))
                            {
                                result.Candidates.Add(Apply(BlockReader.Read(paragraph, links, source), rule));
                                break;
                            }
                        }
                        if (family is EntryFamily.Any or EntryFamily.Lines && (LineReader.IsLineList(paragraph, source) || StartsLikeAnEntry(paragraph)))
                            result.Candidates.AddRange(LineReader.Read(paragraph, source).Select(c => Apply(c, rule)));
                        break;
                }
            }
            return result;
        }

        private EntryCandidate Apply(EntryCandidate candidate, SectionRule? rule)
        {
            if (rule?.Pattern is not { } pattern) return candidate;
            var start = source.LineStart(candidate.FirstLine);
            var text = source.Lines(candidate.FirstLine, candidate.LastLine);
            var draft = candidate.Draft;
            draft.Parts.RemoveAll(p => p.Kind is PartKind.Title or PartKind.Authors or PartKind.Venue or PartKind.Year or PartKind.Date);
            // Offsets in the joined text equal the file's on \n files; on \r\n files the pattern sees one line at a time.
            if (!PatternReader.Apply(draft, pattern, text, start))
                return candidate with { WhyNot = ImportMessages.NotInPattern };
            return candidate with { WhyNot = EntryEvidence.WhyNot(draft) };
        }

        private static bool HasLineBreaks(ParagraphBlock paragraph) => paragraph.Inline!.Any(i => i is LineBreakInline);

        private static bool StartsLikeAnEntry(ParagraphBlock paragraph) =>
            paragraph.Inline!.FirstOrDefault(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace()) is LinkInline { IsImage: false, Url: { } url }
            && !url.StartsWith('#') && !InlineEntryReader.IsBadgeLink((LinkInline)paragraph.Inline!.First(i => i is LinkInline));

        /// <summary>Roles: the title, boilerplate, contents, categories (with entries), groups (with categories under them).</summary>
        private void Decide()
        {
            for (var i = 0; i < raw.Count; i++)
            {
                var c = content[i];
                var name = raw[i].Name;
                var entries = c.Candidates.Count(e => e.IsEntry);
                roles[i] = c.Rule?.Import switch
                {
                    false => SectionRole.Excluded,
                    true when entries > 0 || c.Candidates.Count > 0 => SectionRole.Category,
                    _ when i == titleIndex => entries > 0 ? SectionRole.Category : SectionRole.Title,
                    _ when i == 0 => entries > 0 ? SectionRole.Category : SectionRole.NoEntries,
                    _ when name is not null && SectionNames.IsContents(name) => SectionRole.Contents,
                    _ when name is not null && SectionNames.IsBoilerplate(name) => SectionRole.Boilerplate,
                    _ when entries > 0 => SectionRole.Category,
                    // An empty catalog table: a category waiting for its first paper.
                    _ when c.Tables.Any(t => t.IsCatalog && t.Rows == 0) => SectionRole.Category,
                    _ when c.HasToc => SectionRole.Contents,
                    _ => SectionRole.NoEntries,
                };
                // A section a layout file imports takes its items even where they carry little evidence.
                if (c.Rule?.Import == true)
                {
                    for (var e = 0; e < c.Candidates.Count; e++)
                    {
                        var candidate = c.Candidates[e];
                        if (!candidate.IsEntry && !string.IsNullOrWhiteSpace(candidate.Draft.Title) && candidate.WhyNot?.Code != ImportMessages.NotInPattern.Code)
                            c.Candidates[e] = candidate with { WhyNot = null };
                    }
                }
            }
            // Sections without entries of their own become groups when a category stands under them.
            for (var i = raw.Count - 1; i > 0; i--)
            {
                if (roles[i] is not (SectionRole.Category or SectionRole.Group)) continue;
                for (var p = raw[i].Parent; p > 0 && p != titleIndex; p = raw[p].Parent)
                {
                    if (roles[p] == SectionRole.NoEntries) roles[p] = SectionRole.Group;
                }
            }
        }

        /// <summary>A list of one conference's papers ("CVPR 2024 Papers with Code") gives its entries that year.</summary>
        private int? ListYear => titleIndex > 0 ? ListTitle.Year(raw[titleIndex].Name) : null;

        private (List<ParsedCategory> Categories, Dictionary<int, int> OfSection) Categories()
        {
            var categories = new List<ParsedCategory>();
            var ofSection = new Dictionary<int, int>();
            for (var i = 0; i < raw.Count; i++)
            {
                if (roles[i] is not (SectionRole.Category or SectionRole.Group)) continue;
                int? parent = null;
                for (var p = raw[i].Parent; p > 0 && p != titleIndex; p = raw[p].Parent)
                {
                    if (ofSection.TryGetValue(p, out var pc)) { parent = pc; break; }
                }
                var papers = content[i].Candidates.Where(c => c.IsEntry)
                    .Select(c => c.Draft.Build(c.Layout, c.FirstLine, c.LastLine, source, ListYear))
                    .ToList();
                var line = raw[i].Name is null ? (papers.Count > 0 ? papers[0].SourceLine : 1) : raw[i].HeadingStart + 1;
                var (name, hidden) = Admin.VisibleText.Strip(raw[i].Name ?? (titleIndex > 0 ? raw[titleIndex].Name! : "Papers"));
                if (hidden is not null)
                {
                    issues.Add(new ImportIssue(line, ImportIssueSeverity.Warning, "invisible-character",
                        ImportMessages.SectionInvisible.With(name, hidden)));
                }

                ofSection[i] = categories.Count;
                categories.Add(new ParsedCategory(name.Length == 0 ? "Untitled" : name, categories.Count, line, papers) { Parent = parent });
            }
            return (categories, ofSection);
        }

        /// <summary>Entry-like items that were not imported: in a category, and in sections that are not one.</summary>
        private void ReportNotImported()
        {
            for (var i = 0; i < raw.Count; i++)
            {
                var role = roles[i];
                foreach (var candidate in content[i].Candidates)
                {
                    if (candidate.Layout == EntryLayout.TableRow && role is SectionRole.Category) continue; // the table reader reported it
                    if (role is SectionRole.Category or SectionRole.Group)
                    {
                        if (!candidate.IsEntry && (candidate.Draft.OutboundLinks > 0 || candidate.Draft.TitleBold || candidate.Draft.HasMeta))
                            issues.Add(Skipped(candidate, ImportMessages.NotImported.With(Excerpt(candidate), candidate.WhyNot)));
                        continue;
                    }
                    if (!candidate.IsEntry) continue;
                    var why = role switch
                    {
                        SectionRole.Boilerplate => ImportMessages.Boilerplate.With(raw[i].Name),
                        SectionRole.Excluded => ImportMessages.ExcludedByLayout.With(raw[i].Name),
                        SectionRole.Contents => ImportMessages.ContentsSection.With(raw[i].Name),
                        SectionRole.Title or SectionRole.NoEntries => ImportMessages.OutsideCategory.With(),
                        _ => ImportMessages.NotACategory.With(raw[i].Name),
                    };
                    issues.Add(Skipped(candidate, ImportMessages.NotImported.With(Excerpt(candidate), why)));
                }
                foreach (var table in content[i].Tables.Where(t => !t.IsCatalog && t.Entries.Count == 0 && role is SectionRole.Category or SectionRole.Group or SectionRole.NoEntries))
                {
                    if (table.Columns.Count > 1)
                    {
                        issues.Add(new ImportIssue(table.FirstBodyLine - 1, ImportIssueSeverity.Skipped, "table-not-imported",
                            ImportMessages.TableNotImported.With(table.WhyNot, ListLayout.FileName)));
                    }
                }
            }
        }

        private static ImportIssue Skipped(EntryCandidate candidate, CoreMessage message) =>
            new(candidate.FirstLine + 1, ImportIssueSeverity.Skipped, "not-imported", message);

        /// <summary>The entry's title, shortened, or <see cref="ImportMessages.Untitled"/>.</summary>
        private static object Excerpt(EntryCandidate candidate)
        {
            var title = candidate.Draft.Title?.Trim();
            if (string.IsNullOrEmpty(title)) return ImportMessages.Untitled.With();
            return title.Length <= 80 ? title : title[..77] + "…";
        }

        private ListInfo Info()
        {
            var title = titleIndex > 0 ? raw[titleIndex].Name : null;
            var blocks = titleIndex > 0 ? raw[titleIndex].Blocks : raw[0].Blocks;
            string? intro = null;
            foreach (var paragraph in blocks.OfType<ParagraphBlock>())
            {
                var plain = InlineText.Plain(paragraph.Inline).Trim();
                if (plain.Length < 20 || plain.Count(char.IsLetter) < 10) continue; // badges, a lone link
                intro = string.Join(' ', plain.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
                break;
            }
            if (title is null)
            {
                // A list without a title heading is often named by its own repository badge.
                var repo = raw[0].Blocks.OfType<ParagraphBlock>().SelectMany(p => p.Inline?.Descendants<LinkInline>() ?? [])
                    .Select(l => l.Url is null ? null : GithubRepo.FromRepositoryUrl(l.Url)).FirstOrDefault(r => r is not null && r.Contains("awesome", StringComparison.OrdinalIgnoreCase));
                title = repo?.Split('/')[1];
            }
            return new ListInfo(string.IsNullOrWhiteSpace(title) ? null : title, intro);
        }

        private IReadOnlyList<SectionReport> Reports()
        {
            var reports = new List<SectionReport>();
            for (var i = 0; i < raw.Count; i++)
            {
                var c = content[i];
                if (raw[i].Name is null && c.Candidates.Count == 0 && !c.HasToc && c.Tables.Count == 0) continue;
                var entries = c.Candidates.Where(e => e.IsEntry).ToList();
                // "bullets" when the section has one layout; "bullets (12), table rows (3)" when it mixes them.
                var groups = entries.GroupBy(e => e.Layout).ToList();
                var layouts = groups.Select(g => groups.Count == 1 ? LayoutName(g.Key) : $"{LayoutName(g.Key)} ({g.Count()})").ToList();
                if (c.HasToc) layouts.Add("table of contents");
                var columns = roles[i] == SectionRole.Excluded ? [] : c.Tables.Where(t => t.Columns.Count > 0).Select(t => t.Mapping).ToList();
                var years = entries.GroupBy(e => e.Draft.Year is null ? YearSource.None : e.Draft.YearSource).ToDictionary(g => g.Key, g => g.Count());
                var path = string.Join(" / ", PathOf(i));
                var label = path.Trim().Length > 0 && !path.EndsWith("/ ", StringComparison.Ordinal) ? path
                    : i == titleIndex ? raw[i].Name ?? "(title)" : raw[i].Name is null ? "(before the first heading)" : path + "(a heading without text)";
                reports.Add(new SectionReport(label,
                    raw[i].Name is null ? 1 : raw[i].HeadingStart + 1, roles[i], entries.Count, layouts, columns, years));
            }
            return reports;
        }

        private static string LayoutName(EntryLayout layout) => layout switch
        {
            EntryLayout.TableRow => "table rows",
            EntryLayout.Bullet => "bullets",
            EntryLayout.Line => "lines",
            _ => "blocks",
        };

        /// <summary>The section's path among the sections that can hold entries (the title and boilerplate are not part of paths).</summary>
        private List<string> PathOf(int index)
        {
            // Sections about the list ("Contents" above the categories of some lists) are not part of paths.
            var path = new List<string>();
            for (var i = index; i > 0 && i != titleIndex; i = raw[i].Parent)
            {
                if (i == index || !SectionNames.IsBoilerplate(raw[i].Name ?? "")) path.Insert(0, raw[i].Name!);
            }
            return path;
        }

        private DocumentMap Map(List<ParsedCategory> categories, Dictionary<int, int> ofSection)
        {
            var headings = raw.Where(r => r.Kind is HeadingKind.Atx or HeadingKind.Setext).ToList();
            var headingIndex = raw.Select(r => headings.IndexOf(r)).ToList();
            var sections = new List<SectionMap>();
            foreach (var (i, category) in ofSection.OrderBy(x => x.Value))
            {
                var r = raw[i];
                var c = content[i];
                var entries = c.Candidates.Where(e => e.IsEntry).ToList();
                var headingEnd = r.Name is null ? -1 : r.HeadingEnd;
                var bodyStart = headingEnd + 1;
                var lastEntry = entries.Count == 0 ? headingEnd : entries.Max(e => e.LastLine);
                var lastTable = c.Tables.Where(t => t.IsCatalog).Select(t => t.LastLine).DefaultIfEmpty(headingEnd).Max();
                var end = Math.Max(lastEntry, lastTable);
                if (r.Name is null) bodyStart = entries.Count == 0 ? 0 : Math.Min(entries.Min(e => e.FirstLine), c.Tables.Where(t => t.IsCatalog).Select(t => t.FirstBodyLine).DefaultIfEmpty(int.MaxValue).Min());
                var body = Body(bodyStart, end, entries, c.Tables);
                var firstTable = c.Tables.FirstOrDefault(t => t.IsCatalog);
                sections.Add(new SectionMap(category, r.Kind, r.Level, r.Name is null ? bodyStart : r.HeadingStart, headingEnd, r.NameLine, r.NameStart, r.NameEnd,
                    bodyStart, end, body, OrderOf(body), r.Anchor, headingIndex[i])
                {
                    Layout = entries.Count == 0 ? null : entries.GroupBy(e => e.Layout).MaxBy(g => g.Count())!.Key,
                    Table = firstTable is null ? null : (firstTable.FirstBodyLine - 2, firstTable.FirstBodyLine - 1),
                });
            }
            return new DocumentMap(sections, Toc(ofSection, headings), headings.Select(h => h.Name!).ToList(), source.LineCount);
        }

        private static List<BodyItem> Body(int start, int end, List<EntryCandidate> entries, List<TableResult> tables)
        {
            var byLine = entries.Select((e, i) => (e, i)).ToDictionary(x => x.e.FirstLine, x => x);
            var years = tables.Where(t => t.IsCatalog).SelectMany(t => t.YearRows).ToDictionary(y => y.Key, y => y.Value);
            var body = new List<BodyItem>();
            for (var line = start; line <= end && start >= 0; line++)
            {
                if (byLine.TryGetValue(line, out var entry))
                {
                    body.Add(new BodyItem(line, BodyItemKind.Entry, entry.e.LastLine - line + 1, Entry: entry.i));
                    line = entry.e.LastLine;
                }
                else if (years.TryGetValue(line, out var year) && PaperDates.IsYear(year))
                {
                    body.Add(new BodyItem(line, BodyItemKind.Year, Year: year));
                }
                else
                {
                    body.Add(new BodyItem(line, BodyItemKind.Other));
                }
            }
            for (var i = 0; i < body.Count; i++)
            {
                if (body[i].Kind != BodyItemKind.Year) continue;
                var next = body.Skip(i + 1).FirstOrDefault(b => b.Kind != BodyItemKind.Other);
                if (next is null || next.Kind == BodyItemKind.Year) body[i] = body[i] with { EmptyYear = true };
            }
            return body;
        }

        private static YearOrder OrderOf(List<BodyItem> body)
        {
            var years = body.Where(b => b.Kind == BodyItemKind.Year).Select(b => b.Year).ToList();
            if (years.Count < 2) return YearOrder.Ascending;
            if (years.Zip(years.Skip(1)).All(p => p.First < p.Second)) return YearOrder.Ascending;
            if (years.Zip(years.Skip(1)).All(p => p.First > p.Second)) return YearOrder.Descending;
            return YearOrder.AsWritten;
        }

        /// <summary>Lines of tables of contents that link to a category's heading (by its anchor, its explicit anchor, or its text).</summary>
        private List<TocLink> Toc(Dictionary<int, int> ofSection, List<RawSection> headings)
        {
            var anchors = GithubAnchor.ForAll(headings.Select(h => h.Name!));
            var links = new List<TocLink>();
            foreach (var (list, _) in tocLists)
            {
                foreach (var link in list.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is { Length: > 1 } u && u[0] == '#'))
                {
                    var anchor = link.Url![1..];
                    var text = InlineText.Plain(link).Trim();
                    (int Section, int Category) none = (-1, -1);
                    var targets = ofSection.Select(x => (Section: x.Key, Category: x.Value)).ToList();
                    var target = targets.FirstOrDefault(x => Same(raw[x.Section].Anchor, anchor) || (headings.IndexOf(raw[x.Section]) is var h and >= 0 && anchors[h] == anchor), none);
                    if (target.Section < 0) target = targets.FirstOrDefault(x => raw[x.Section].Name == text, none);
                    if (target.Section < 0) continue;
                    var lineText = source.Line(link.Line);
                    var column = link.Span.Start - source.LineStart(link.Line);
                    var bracket = column >= 0 && column < lineText.Length && lineText[column] == '[' ? column : lineText.IndexOf('[', StringComparison.Ordinal);
                    var end = Math.Clamp(link.Span.End + 1 - source.LineStart(link.Line), 0, lineText.Length);
                    links.Add(new TocLink(link.Line, target.Category, anchor, bracket < 0 ? "- " : lineText[..bracket], text, source.LineOf(link.Span.End) == link.Line ? lineText[end..] : ""));
                }
            }
            // Entries are rewritten a line at a time; a line naming two categories cannot be, so such lines are left alone.
            var shared = links.GroupBy(l => l.Line).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            return links.Where(l => !shared.Contains(l.Line)).GroupBy(l => l.Category).Select(g => g.First()).OrderBy(l => l.Line).ToList();
        }

        private static bool Same(string? a, string b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class SectionContent(SectionRule? rule)
    {
        public SectionRule? Rule { get; } = rule;

        public List<EntryCandidate> Candidates { get; } = [];

        public List<TableResult> Tables { get; } = [];

        public bool HasToc { get; set; }
    }
}
