using Lucene.Net.Index;
using Lucene.Net.Search;
using F = AwesomeClip.Core.Search.SearchFields;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Builds the Lucene query from parsed parts, never through a query parser. Each part becomes a DisjunctionMax over the
/// fields that can match it (exact names, title, stemmed English, CJK words and bigrams, category), with typo and
/// prefix expansions of bounded size; parts are combined so that (almost) all must match.
/// </summary>
internal sealed class QueryBuilder(CatalogAnalyzers analyzers, SearchTuning tuning)
{
    /// <summary>Null when the query has nothing searchable (empty, only punctuation): the caller matches everything.</summary>
    public Query? Build(ParsedQuery parsed, IndexReader? reader = null)
    {
        var required = new List<Query>();
        var optional = new List<Query>();
        var excluded = new List<Query>();
        foreach (var part in parsed.Parts)
        {
            var query = Part(part, reader);
            if (query is null) continue;
            if (part.Excluded) excluded.Add(query);
            else if (!part.Phrase && (IsStopWord(part.Text) || IsCommon(part, reader))) optional.Add(query);
            else required.Add(query);
        }
        if (required.Count == 0 && optional.Count > 0)
        {
            required.AddRange(optional);
            optional.Clear();
        }
        if (required.Count == 0 && excluded.Count == 0) return null;

        var root = new BooleanQuery();
        if (required.Count == 0)
        {
            root.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        else
        {
            var core = new BooleanQuery();
            foreach (var q in required) core.Add(q, Occur.SHOULD);
            core.MinimumNumberShouldMatch = parsed.AnyOf ? 1 : MustMatch(required.Count, tuning.MissingParts);
            root.Add(core, Occur.MUST);
        }
        foreach (var q in optional) root.Add(q, Occur.SHOULD);
        foreach (var q in excluded) root.Add(q, Occur.MUST_NOT);
        return root;
    }

    /// <summary>All but <paramref name="missing"/> parts, and at most three quarters of long queries (a pasted sentence still finds something).</summary>
    private static int MustMatch(int parts, int missing) =>
        parts <= 1 ? parts : Math.Max(1, Math.Min(parts - missing, (int)Math.Ceiling(parts * 0.75)));

    /// <summary>A Latin word most papers contain (in a CLIP catalog, "CLIP").</summary>
    private bool IsCommon(QueryPart part, IndexReader? reader)
    {
        if (reader is null || reader.NumDocs < 10 || part.IsCjk) return false;
        var plain = AnalyzedText.Tokens(analyzers.Plain, F.Title, part.Text, max: 2);
        if (plain.Count != 1) return false;
        var docFreq = Math.Max(reader.DocFreq(new Term(F.Title, plain[0].Term)), reader.DocFreq(new Term(F.BodyBigrams, plain[0].Term)));
        return docFreq >= reader.NumDocs * tuning.CommonWordShare;
    }

    private Query? Part(QueryPart part, IndexReader? reader)
    {
        var query = new DisjunctionMaxQuery(tuning.TieBreaker);
        if (part.IsCjk) AddCjk(query, part);
        else AddLatin(query, part, reader);
        return query.Disjuncts.Count == 0 ? null : query;
    }

    private void AddLatin(DisjunctionMaxQuery query, QueryPart part, IndexReader? reader)
    {
        var names = NameTokens.Read(part.Text).Select(t => t.Text).ToList();
        // A name few titles carry (CoOp, CLIP-KD, EVA-CLIP) is what the user is after; a common one ("open-vocabulary") is just a word.
        var rareName = names.Count == 1 && (reader is null || reader.DocFreq(new Term(F.Names, names[0])) <= tuning.RareNameMaxPapers);
        Add(query, Sequence(F.Names, names.Select((n, i) => new AnalyzedToken(n, i, 0, 0)).ToList()), rareName ? tuning.Names : tuning.Title);
        Add(query, Sequence(F.BodyNames, names.Select((n, i) => new AnalyzedToken(n, i, 0, 0)).ToList()), tuning.BodyNames);
        Add(query, Analyzed(F.Title, part.Text), tuning.Title);
        Add(query, Analyzed(F.TitleEnglish, part.Text), tuning.TitleEnglish);
        Add(query, Analyzed(F.BodyEnglish, part.Text), tuning.BodyEnglish);
        Add(query, Analyzed(F.Category, part.Text), tuning.Category);
        Add(query, Analyzed(F.Authors, part.Text), tuning.Authors);
        Add(query, Analyzed(F.Venue, part.Text), tuning.Venue);
        if (!part.Phrase)
        {
            foreach (var chinese in DomainGlossary.ChineseFor(DomainGlossary.Stem(analyzers, part.Text)))
                Add(query, Analyzed(F.BodyBigrams, chinese), tuning.BodyCjkPhrase * tuning.CrossLanguage);
        }
        if (part.Phrase || part.Excluded) return;

        var plain = AnalyzedText.Tokens(analyzers.Plain, F.Title, part.Text, max: 2);
        if (plain.Count != 1) return;
        var word = plain[0].Term;
        if (reader is not null && word.Length >= tuning.FuzzyMinLength && word.All(char.IsAsciiLetter))
        {
            // Typo expansion only where the word itself is unknown: a correctly spelled word needs none.
            var edits = word.Length >= tuning.TwoEditsMinLength ? 2 : 1;
            var inTitle = reader.DocFreq(new Term(F.Title, word));
            var inBody = reader.DocFreq(new Term(F.BodyBigrams, word));
            if (inTitle == 0)
            {
                foreach (var correction in TypoCorrections.Find(reader, F.Title, word, edits, tuning.FuzzyMaxExpansions))
                    Add(query, new TermQuery(new Term(F.Title, correction)), tuning.Title * tuning.Fuzzy);
            }
            if (inBody == 0)
            {
                foreach (var correction in TypoCorrections.Find(reader, F.BodyBigrams, word, edits, tuning.FuzzyMaxExpansions))
                    Add(query, new TermQuery(new Term(F.BodyBigrams, correction)), tuning.BodyEnglish * tuning.Fuzzy);
            }
            if (inTitle + inBody == 0)
            {
                foreach (var chinese in DomainGlossary.ChineseForTypo(word))
                    Add(query, Analyzed(F.BodyBigrams, chinese), tuning.BodyCjkPhrase * tuning.CrossLanguage * tuning.Fuzzy);
            }
        }
        if (part.Prefix && word.Length >= 2)
        {
            Add(query, Prefix(F.Title, word), tuning.Title * tuning.Prefix);
            Add(query, Prefix(F.BodyBigrams, word), tuning.BodyEnglish * tuning.Prefix);
            if (names.Count == 1) Add(query, Prefix(F.Names, names[0]), tuning.Title * tuning.Prefix);
        }
    }

    private void AddCjk(DisjunctionMaxQuery query, QueryPart part)
    {
        var bigrams = AnalyzedText.Tokens(analyzers.Bigrams, F.BodyBigrams, part.Text, max: 64);
        var words = AnalyzedText.Tokens(analyzers.ChineseWords, F.BodyChinese, part.Text, max: 64);
        if (bigrams.Count == 1 && bigrams[0].Term.Length == 1 && !part.Excluded)
        {
            // A single character matches the bigrams that start with it (and the character as a word).
            Add(query, Prefix(F.BodyBigrams, bigrams[0].Term), tuning.BodyCjkPhrase * tuning.Prefix);
            Add(query, new TermQuery(new Term(F.BodyChinese, bigrams[0].Term)), tuning.BodyChinese);
            return;
        }
        Add(query, Sequence(F.BodyBigrams, bigrams), tuning.BodyCjkPhrase);
        foreach (var english in DomainGlossary.EnglishFor(part.Text))
        {
            Add(query, Analyzed(F.TitleEnglish, english), tuning.TitleEnglish * tuning.CrossLanguage);
            Add(query, Analyzed(F.Category, english), tuning.Category * tuning.CrossLanguage);
            Add(query, Analyzed(F.BodyEnglish, english), tuning.BodyEnglish * tuning.CrossLanguage);
        }
        if (part.Phrase)
        {
            Add(query, Sequence(F.BodyChinese, words), tuning.BodyChinese);
            return;
        }
        Add(query, AtLeast(F.BodyChinese, words, 0.75), tuning.BodyChinese);
        if (bigrams.Count >= 3) Add(query, AtLeast(F.BodyBigrams, bigrams, 0.6), tuning.BodyCjkLoose);
        // Any one word of a compound (数据 of 数据清洗): found, but ranked after fuller matches.
        if (words.Count >= 2) Add(query, AtLeast(F.BodyChinese, words, 0), tuning.BodyChinese * tuning.PartialWords);
    }

    private Query? Analyzed(string field, string text) =>
        Sequence(field, AnalyzedText.Tokens(analyzers.For(field), field, text, max: 64));

    /// <summary>One token: a term query; several: a phrase keeping the analyzer's positions.</summary>
    private static Query? Sequence(string field, IReadOnlyList<AnalyzedToken> tokens)
    {
        if (tokens.Count == 0) return null;
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var phrase = new PhraseQuery();
        foreach (var token in tokens) phrase.Add(new Term(field, token.Term), token.Position);
        return phrase;
    }

    private static Query? AtLeast(string field, IReadOnlyList<AnalyzedToken> tokens, double share)
    {
        var terms = tokens.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0) return null;
        if (terms.Count == 1) return new TermQuery(new Term(field, terms[0]));
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms) query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        query.MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(terms.Count * share));
        return query;
    }

    private PrefixQuery Prefix(string field, string prefix) => new(new Term(field, prefix))
    {
        MultiTermRewriteMethod = new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(tuning.PrefixMaxExpansions),
    };

    private static void Add(DisjunctionMaxQuery query, Query? clause, float boost)
    {
        if (clause is null) return;
        clause.Boost = boost;
        query.Add(clause);
    }

    private static bool IsStopWord(string text) =>
        Lucene.Net.Analysis.Standard.StandardAnalyzer.STOP_WORDS_SET.Contains(text.ToLowerInvariant());
}
