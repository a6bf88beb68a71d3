using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Marks matches in a paper's title, abstract and commentary. The text's Latin words are analyzed with each field's
/// analyzer (once per text, <see cref="TextTokens"/>), so a token is marked exactly where the index matched it (a stemmed
/// word, a typo's correction); CJK terms are found as they are. Everything comes back as segments of text, marked or
/// not (<see cref="HighlightedText"/>), never as markup.
/// </summary>
internal sealed class SnippetHighlighter(CatalogAnalyzers analyzers)
{
    public const int SnippetLength = 220;
    private const int LeadIn = 40;
    private static readonly string[] TitleFields = [F.Title, F.TitleEnglish];
    private static readonly string[] BodyFields = [F.BodyEnglish, F.BodyBigrams, F.BodyChinese];

    private readonly record struct Span(int Start, int End);

    public SearchHighlights Highlight(IndexedPaper paper, HighlightTerms terms) => new(
        Render(paper.Title, 0, paper.Title.Length, Spans(paper.Title, terms, TitleFields, F.Names)),
        Snippet(paper.Abstract, Spans(paper.Abstract, terms, BodyFields, F.BodyNames)),
        paper.Commentary is { } c ? Snippet(c, Spans(c, terms, BodyFields, F.BodyNames)) : null);

    private List<Span> Spans(string text, HighlightTerms terms, string[] fields, string namesField)
    {
        var spans = new List<Span>();
        var tokens = TextTokens.Of(text, analyzers);
        foreach (var field in fields)
        {
            if (terms.For(field) is not { Count: > 0 } wanted) continue;
            // A CJK term (word or bigram) is its own surface form: find it directly instead of re-segmenting the text.
            var anyLatin = false;
            foreach (var term in wanted)
            {
                if (TextScript.ContainsCjk(term)) AddOccurrences(spans, text, term);
                else anyLatin = true;
            }
            if (!anyLatin || field == F.BodyChinese) continue;
            foreach (var token in field is F.TitleEnglish or F.BodyEnglish ? tokens.English : tokens.Plain)
            {
                if (wanted.Contains(token.Term)) spans.Add(new Span(token.Start, token.End));
            }
        }
        if (terms.For(namesField) is { Count: > 0 } names)
        {
            foreach (var token in tokens.Names)
            {
                if (names.Contains(token.Text)) spans.Add(new Span(token.Start, token.End));
            }
        }
        return Merge(spans);
    }

    private static void AddOccurrences(List<Span> spans, string text, string term)
    {
        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
            spans.Add(new Span(at, at + term.Length));
    }

    private static List<Span> Merge(List<Span> spans)
    {
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Span>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, span.End) };
            else
                merged.Add(span);
        }
        return merged;
    }

    /// <summary>The window of <see cref="SnippetLength"/> characters holding the most matches, or the beginning.</summary>
    private static HighlightedText Snippet(string text, List<Span> spans)
    {
        if (text.Length <= SnippetLength) return Render(text, 0, text.Length, spans);
        var (bestStart, bestCount) = (0, 0);
        foreach (var anchor in spans)
        {
            var start = Math.Max(0, anchor.Start - LeadIn);
            var count = spans.Count(s => s.Start >= start && s.End <= start + SnippetLength);
            if (count > bestCount) (bestStart, bestCount) = (start, count);
        }
        var from = Math.Min(bestStart, text.Length - SnippetLength);
        var to = from + SnippetLength;
        if (from > 0 && char.IsLowSurrogate(text[from])) from++;
        if (to < text.Length && char.IsLowSurrogate(text[to])) to++;
        return Render(text, from, to, spans, from > 0 ? "…" : "", to < text.Length ? "…" : "");
    }

    private static HighlightedText Render(string text, int from, int to, List<Span> spans, string before = "", string after = "")
    {
        var segments = new List<HighlightSegment>();
        void Plain(string s)
        {
            if (s.Length == 0) return;
            if (segments.Count > 0 && !segments[^1].Marked) segments[^1] = segments[^1] with { Text = segments[^1].Text + s };
            else segments.Add(new HighlightSegment(s, false));
        }
        Plain(before);
        var position = from;
        foreach (var span in spans)
        {
            var start = Math.Max(span.Start, position);
            var end = Math.Min(span.End, to);
            if (end <= start) continue;
            Plain(text[position..start]);
            segments.Add(new HighlightSegment(text[start..end], true));
            position = end;
        }
        if (position < to) Plain(text[position..to]);
        Plain(after);
        return new HighlightedText(segments);
    }
}
