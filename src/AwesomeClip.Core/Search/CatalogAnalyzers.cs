using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace AwesomeClip.Core.Search;

/// <summary>
/// The analyzers of every field. Instances are thread-safe (Lucene reuses token streams per thread);
/// one set lives as long as the <see cref="SearchIndex"/>.
/// </summary>
// A token stream chain is owned by the TokenStreamComponents it is returned in; Lucene disposes it with the analyzer.
#pragma warning disable IDISP001, IDISP003
internal sealed class CatalogAnalyzers : IDisposable
{
    // StandardTokenizer emits CJK characters one by one under these types; the Latin-only fields drop them.
    private static readonly string[] CjkTokenTypes = ["<IDEOGRAPHIC>", "<HIRAGANA>", "<KATAKANA>", "<HANGUL>"];

    /// <summary>Latin words lower-cased, unstemmed, no stop words (titles: typos, prefixes, exact words).</summary>
    public Analyzer Plain { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new TypeTokenFilter(LuceneSettings.Version, stream, CjkTokenTypes);
        stream = new LowerCaseFilter(LuceneSettings.Version, stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Latin words English-stemmed (Porter), English stop words removed.</summary>
    public Analyzer English { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new TypeTokenFilter(LuceneSettings.Version, stream, CjkTokenTypes);
        stream = new EnglishPossessiveFilter(LuceneSettings.Version, stream);
        stream = new LowerCaseFilter(LuceneSettings.Version, stream);
        stream = new StopFilter(LuceneSettings.Version, stream, StandardAnalyzer.STOP_WORDS_SET);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    /// <summary>Overlapping CJK bigrams (substring matches) plus Latin words unstemmed.</summary>
    public Analyzer Bigrams { get; } = new CJKAnalyzer(LuceneSettings.Version);

    /// <summary>Chinese word segmentation (hidden Markov model over a dictionary); Latin words Porter-stemmed.</summary>
    public Analyzer ChineseWords { get; } = new SmartChineseAnalyzer(LuceneSettings.Version);

    /// <summary>The exact-name fields hold pre-normalized <see cref="NameTokens"/> separated by spaces.</summary>
    public Analyzer Names { get; } = new WhitespaceAnalyzer(LuceneSettings.Version);

    public Analyzer PerField { get; }

    public CatalogAnalyzers()
    {
        PerField = new PerFieldAnalyzerWrapper(Plain, new Dictionary<string, Analyzer>
        {
            [SearchFields.Title] = Plain,
            [SearchFields.TitleEnglish] = English,
            [SearchFields.Names] = Names,
            [SearchFields.BodyNames] = Names,
            [SearchFields.BodyEnglish] = English,
            [SearchFields.BodyChinese] = ChineseWords,
            [SearchFields.BodyBigrams] = Bigrams,
            [SearchFields.Category] = English,
            [SearchFields.Authors] = Plain,
            [SearchFields.Venue] = Plain,
        });
    }

    public Analyzer For(string field) => field switch
    {
        SearchFields.TitleEnglish or SearchFields.BodyEnglish or SearchFields.Category => English,
        SearchFields.Names or SearchFields.BodyNames => Names,
        SearchFields.BodyChinese => ChineseWords,
        SearchFields.BodyBigrams => Bigrams,
        _ => Plain,
    };

    /// <summary>Loads the SmartCn dictionaries now, so the first Chinese query doesn't pay for it.</summary>
    public void Warm()
    {
        foreach (var analyzer in new[] { ChineseWords, Bigrams, English, Plain })
            _ = AnalyzedText.Tokens(analyzer, SearchFields.BodyChinese, "预热中文分词词典 warming the CLIP-KD analyzers");
    }

    public void Dispose()
    {
        Plain.Dispose();
        English.Dispose();
        Bigrams.Dispose();
        ChineseWords.Dispose();
        Names.Dispose();
        PerField.Dispose();
    }
}
