using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>
/// Entries written as blocks: a paragraph that starts with a bold title and goes on with lines of authors, venue and
/// links, and a date (<c>**Title** \</c>, <c>*Authors* \</c>, <c>arXiv 2023. [[Paper](…)] \</c>, <c>16 Oct 2023</c>), or a
/// bold title paragraph followed by a list of links (<c>- Paper: https://…</c>, <c>- Code: https://…</c>).
/// </summary>
internal static class BlockReader
{
    /// <summary>A paragraph that opens with bold text.</summary>
    public static bool StartsWithBold(ParagraphBlock paragraph) =>
        paragraph.Inline?.FirstOrDefault(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace()) is EmphasisInline { DelimiterCount: >= 2 };

    /// <summary>A list of links only ("Paper: url", "[Code](url)"): the rest of a block entry.</summary>
    public static bool IsLinkList(ListBlock list)
    {
        var items = list.OfType<ListItemBlock>().ToList();
        if (items.Count == 0) return false;
        var linkItems = items.Count(item => item.FirstOrDefault() is ParagraphBlock p && LinkOnly(p));
        return linkItems * 2 > items.Count;
    }

    public static EntryCandidate Read(ParagraphBlock paragraph, ListBlock? links, SourceText source)
    {
        var draft = new EntryDraft();
        var inlines = paragraph.Inline!.ToList();
        if (links is not null)
        {
            // The list's items continue the entry after a line break.
            foreach (var item in links.OfType<ListItemBlock>())
            {
                if (item.FirstOrDefault() is not ParagraphBlock { Inline: { } itemInline }) continue;
                inlines.Add(new LineBreakInline { IsHard = true, Span = new Markdig.Syntax.SourceSpan(itemInline.Span.Start, itemInline.Span.Start - 1) });
                inlines.AddRange(itemInline);
            }
        }
        InlineEntryReader.Read(inlines, source, draft);
        var end = links ?? (Block)paragraph;
        var last = source.LineOf(Math.Max(end.Span.Start, end.Span.End));
        return new EntryCandidate(draft, paragraph.Line, last, EntryLayout.Block);
    }

    private static bool LinkOnly(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return false;
        var text = InlineText.Plain(paragraph.Inline).Trim();
        var links = paragraph.Inline.Descendants<LinkInline>().Count(l => !l.IsImage) + paragraph.Inline.Descendants<AutolinkInline>().Count();
        return links > 0 && text.Length < 200 || text.Contains("http://", StringComparison.Ordinal) || text.Contains("https://", StringComparison.Ordinal);
    }
}
