using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>How a section is opened in the file: a <c>#</c> heading of some level, or <c>&lt;details&gt;&lt;summary&gt;</c>.</summary>
internal enum HeadingKind
{
    None,
    Atx,
    Setext,
    Details,
}

/// <summary>
/// A section as the file has it: the heading (its lines, and where its name stands on <see cref="NameLine"/>), the
/// blocks under it up to the next section, and its parent. Lines are 0-based.
/// </summary>
internal sealed class RawSection
{
    public required string? Name { get; init; }

    public required int Depth { get; init; }

    public int Parent { get; init; } = -1;

    public HeadingKind Kind { get; init; }

    public int Level { get; init; }

    public int HeadingStart { get; init; }

    public int HeadingEnd { get; init; }

    public int NameLine { get; init; }

    public int NameStart { get; init; }

    public int NameEnd { get; init; }

    /// <summary>The heading's own explicit anchor (<c>&lt;a name="x"&gt;</c> just above it, where <see cref="HeadingStart"/> then is), if any.</summary>
    public string? Anchor { get; set; }

    public List<Block> Blocks { get; } = [];
}

/// <summary>
/// Splits the document's top-level blocks into sections: every heading level and every <c>&lt;details&gt;</c> with a
/// <c>&lt;summary&gt;</c> opens one, nested in reading order (a <c>###</c> under the <c>##</c> before it, a
/// <c>&lt;details&gt;</c> inside the section it stands in, closed by <c>&lt;/details&gt;</c>). Section 0 is the text
/// before the first heading.
/// </summary>
internal static partial class SectionWalker
{
    [GeneratedRegex(@"<details\b[^>]*>|</details\s*>|<summary\b[^>]*>(?<name>.*?)</summary\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex DetailsTags();

    [GeneratedRegex(@"<a\s+(?:name|id)\s*=\s*[""'](?<anchor>[^""']+)[""']\s*>\s*</a>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedAnchor();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    public static List<RawSection> Walk(MarkdownDocument document, SourceText source)
    {
        var sections = new List<RawSection> { new() { Name = null, Depth = 0 } };
        var open = new Stack<int>();
        string? pendingAnchor = null;
        var pendingAnchorLine = -1;

        int Current() => open.Count > 0 ? open.Peek() : 0;

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var depth = heading.Level * 10;
                    while (open.Count > 0 && sections[open.Peek()].Depth >= depth) open.Pop();
                    var (nameStart, nameEnd) = NameSpan(heading, source);
                    var end = source.LineOf(Math.Max(heading.Span.Start, heading.Span.End));
                    sections.Add(new RawSection
                    {
                        Name = InlineText.Plain(heading.Inline).Trim(),
                        Depth = depth,
                        Parent = open.Count > 0 ? open.Peek() : -1,
                        Kind = heading.IsSetext ? HeadingKind.Setext : HeadingKind.Atx,
                        Level = heading.Level,
                        HeadingStart = pendingAnchor is null ? heading.Line : pendingAnchorLine,
                        HeadingEnd = end,
                        NameLine = heading.Line,
                        NameStart = nameStart,
                        NameEnd = nameEnd,
                        Anchor = pendingAnchor,
                    });
                    pendingAnchor = null;
                    open.Push(sections.Count - 1);
                    continue;
                case HtmlBlock html:
                    if (Details(html, source, sections, open, Current)) { pendingAnchor = null; continue; }
                    var text = html.Lines.ToString();
                    if (NamedAnchor().Match(text) is { Success: true } anchor && AnyTag().Replace(text, "").Trim().Length == 0)
                    {
                        pendingAnchor = anchor.Groups["anchor"].Value;
                        pendingAnchorLine = html.Line;
                        sections[Current()].Blocks.Add(block);
                        continue;
                    }
                    break;
            }
            pendingAnchor = null;
            sections[Current()].Blocks.Add(block);
        }
        return sections;
    }

    /// <summary>Opens and closes sections for the details tags in an HTML block; false when it has none.</summary>
    private static bool Details(HtmlBlock html, SourceText source, List<RawSection> sections, Stack<int> open, Func<int> current)
    {
        var text = source.Text[html.Span.Start..(html.Span.End + 1)];
        var tags = DetailsTags().Matches(text);
        if (tags.Count == 0) return false;
        var touched = false;
        var pendingOpen = -1;
        foreach (Match tag in tags)
        {
            if (tag.Value.StartsWith("</", StringComparison.Ordinal))
            {
                // Close the innermost details (and whatever headings were opened inside it).
                if (open.Any(i => sections[i].Kind == HeadingKind.Details))
                {
                    while (open.Count > 0 && sections[open.Pop()].Kind != HeadingKind.Details) { }
                    touched = true;
                }
                pendingOpen = -1;
            }
            else if (tag.Value.StartsWith("<details", StringComparison.OrdinalIgnoreCase))
            {
                pendingOpen = html.Span.Start + tag.Index;
            }
            else if (pendingOpen >= 0)
            {
                var group = tag.Groups["name"];
                var name = WebUtility.HtmlDecode(AnyTag().Replace(group.Value, "")).Trim();
                var nameAt = html.Span.Start + group.Index;
                var parent = current();
                sections.Add(new RawSection
                {
                    Name = string.Join(' ', name.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)),
                    Depth = sections[parent].Depth + 1,
                    Parent = open.Count > 0 ? parent : -1,
                    Kind = HeadingKind.Details,
                    HeadingStart = source.LineOf(pendingOpen),
                    HeadingEnd = source.LineOf(html.Span.Start + tag.Index + tag.Length - 1),
                    NameLine = source.LineOf(nameAt),
                    NameStart = nameAt - source.LineStart(source.LineOf(nameAt)),
                    NameEnd = nameAt + group.Length - source.LineStart(source.LineOf(nameAt)),
                });
                open.Push(sections.Count - 1);
                pendingOpen = -1;
                touched = true;
            }
        }
        if (!touched) return false;
        // Text after the tags in the same block belongs to the section now open.
        sections[current()].Blocks.Add(html);
        return true;
    }

    /// <summary>Columns of the heading's text on its first line (after "## ", before closing hashes).</summary>
    private static (int Start, int End) NameSpan(HeadingBlock heading, SourceText source)
    {
        var lineStart = source.LineStart(heading.Line);
        if (heading.Inline?.FirstChild is { } first && heading.Inline.LastChild is { } last && source.LineOf(last.Span.End) == heading.Line)
            return (first.Span.Start - lineStart, last.Span.End + 1 - lineStart);
        var line = source.Line(heading.Line);
        var start = line.TakeWhile(c => c is '#' or ' ' or '\t').Count();
        return (Math.Min(start, line.Length), line.TrimEnd().TrimEnd('#').TrimEnd().Length);
    }
}
