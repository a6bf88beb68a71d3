using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>
/// Entries written one per line of a paragraph, without bullets: <c>[Title](url), Venue Year</c>,
/// <c>[**MICCAI 2020**] Title [[paper]](…)</c>.
/// </summary>
internal static class LineReader
{
    /// <summary>At least two lines of the paragraph start with a link or a bracketed tag.</summary>
    public static bool IsLineList(ParagraphBlock paragraph, SourceText source)
    {
        var lines = Lines(paragraph);
        return lines.Count > 0 && StartsLikeAnEntry(lines[0], source) && lines.Count(line => StartsLikeAnEntry(line, source)) >= 2;
    }

    public static IEnumerable<EntryCandidate> Read(ParagraphBlock paragraph, SourceText source)
    {
        foreach (var line in Lines(paragraph))
        {
            if (line.Count == 0) continue;
            var draft = new EntryDraft();
            InlineEntryReader.Read(line, source, draft);
            var first = source.LineOf(line[0].Span.Start);
            var last = source.LineOf(Math.Max(line[^1].Span.Start, line[^1].Span.End));
            yield return new EntryCandidate(draft, first, Math.Max(first, last), EntryLayout.Line);
        }
    }

    /// <summary>The paragraph's inlines split at its line breaks.</summary>
    private static List<List<Inline>> Lines(ParagraphBlock paragraph)
    {
        var lines = new List<List<Inline>> { new() };
        foreach (var inline in paragraph.Inline ?? [])
        {
            if (inline is LineBreakInline) lines.Add([]);
            else lines[^1].Add(inline);
        }
        return lines.Where(l => l.Count > 0).ToList();
    }

    private static bool StartsLikeAnEntry(List<Inline> line, SourceText source)
    {
        var first = line.FirstOrDefault(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace());
        if (first is LinkInline { IsImage: false, Url: { } url } && !url.StartsWith('#')) return true;
        return first is LiteralInline literal && source.Text[literal.Span.Start] == '[' && line.OfType<LinkInline>().Any();
    }
}
