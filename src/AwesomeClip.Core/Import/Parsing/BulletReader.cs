using Markdig.Syntax;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>
/// Entries written as list items: <c>- [Title](url), Authors, Venue Year | [github](…)</c>, <c>- **Title** (2015), A. Author
/// [[pdf]](…)</c>, <c>* Title [[code](…)]</c>. Nested lists are read as entries too; an item that only labels a nested
/// list is not one.
/// </summary>
internal static class BulletReader
{
    public static IEnumerable<EntryCandidate> Read(ListBlock list, SourceText source)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (item.FirstOrDefault() is ParagraphBlock { Inline: { } inline } paragraph)
            {
                var draft = new EntryDraft();
                InlineEntryReader.Read([.. inline], source, draft);
                var first = item.Line;
                var last = source.LineOf(Math.Max(paragraph.Span.Start, paragraph.Span.End));
                var candidate = new EntryCandidate(draft, first, last, EntryLayout.Bullet);
                var nested = item.OfType<ListBlock>().ToList();
                if (candidate.IsEntry || nested.Count == 0) yield return candidate;
            }
            foreach (var inner in item.OfType<ListBlock>())
            {
                foreach (var candidate in Read(inner, source)) yield return candidate;
            }
        }
    }

    /// <summary>A list whose links all point into the page: a table of contents.</summary>
    public static bool IsTableOfContents(ListBlock list)
    {
        var links = list.Descendants<Markdig.Syntax.Inlines.LinkInline>().Where(l => !l.IsImage).ToList();
        return links.Count > 0 && links.All(l => l.Url is { } url && (url.StartsWith('#') || url.Length == 0));
    }
}
