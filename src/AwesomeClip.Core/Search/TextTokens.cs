using System.Runtime.CompilerServices;

namespace AwesomeClip.Core.Search;

/// <summary>
/// A stored text's Latin tokens as the title and body fields analyze them, with offsets into the text, and its name
/// tokens: what highlighting compares a query's terms with. Worked out once per text and kept as long as the text is
/// (the text of a cached <see cref="StoredPapers"/> document lives as long as its segment), so a paper shown by many
/// searches is analyzed once rather than on every search.
/// </summary>
internal sealed class TextTokens
{
    private static readonly ConditionalWeakTable<string, TextTokens> Cache = new();

    private readonly string text;
    private readonly CatalogAnalyzers analyzers;
    private AnalyzedToken[]? plain;
    private AnalyzedToken[]? english;
    private NameTokens.Token[]? names;

    private TextTokens(string text, CatalogAnalyzers analyzers)
    {
        this.text = text;
        this.analyzers = analyzers;
    }

    public static TextTokens Of(string text, CatalogAnalyzers analyzers)
    {
        var tokens = Cache.GetValue(text, t => new TextTokens(t, analyzers));
        // Analyzers belong to one index; a text seen by another index (tests, benchmarks) is analyzed anew.
        return ReferenceEquals(tokens.analyzers, analyzers) ? tokens : new TextTokens(text, analyzers);
    }

    /// <summary>Lower-cased words, unstemmed (title, bigram and typo fields).</summary>
    public AnalyzedToken[] Plain => plain ??= Analyze(analyzers.Plain, SearchFields.Title);

    /// <summary>Porter-stemmed words without stop words (the English fields).</summary>
    public AnalyzedToken[] English => english ??= Analyze(analyzers.English, SearchFields.BodyEnglish);

    public NameTokens.Token[] Names => names ??= [.. NameTokens.Read(text)];

    private AnalyzedToken[] Analyze(Lucene.Net.Analysis.Analyzer analyzer, string field)
    {
        // Same length, so offsets hold; the tokenizer no longer emits (and filters drop) every CJK character.
        var latin = string.Create(text.Length, text, static (chars, t) =>
        {
            for (var i = 0; i < t.Length; i++) chars[i] = TextScript.IsCjk(t[i]) ? ' ' : t[i];
        });
        return [.. AnalyzedText.Tokens(analyzer, field, latin, max: 8192)];
    }
}
