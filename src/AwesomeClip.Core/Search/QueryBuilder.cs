using Lucene.Net.Analysis;
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
    /// <summary>
    /// Null when the query has nothing searchable (empty, only punctuation): the caller matches everything. The terms
    /// of wanted parts left out because no document holds them go to <paramref name="unmatched"/>: highlighting still
    /// looks for CJK ones in the text as it is.
    /// </summary>
    public Query? Build(ParsedQuery parsed, IndexReader? reader = null, ISet<Term>? unmatched = null)
    {
        var terms = reader is null ? null : new TermLookup(reader);
        var required = new List<Query>();
        var optional = new List<Query>();
        var excluded = new List<Query>();
        foreach (var part in parsed.Parts)
        {
            var query = Part(part, terms, part.Excluded ? null : unmatched);
            if (query is null) continue;
            if (part.Excluded) excluded.Add(query);
            else if (!part.Phrase && (IsStopWord(part.Text) || IsCommon(part, terms))) optional.Add(query);
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
    private bool IsCommon(QueryPart part, TermLookup? terms)
    {
        if (terms is null || terms.Reader.NumDocs < 10 || part.IsCjk) return false;
        var plain = AnalyzedText.Tokens(analyzers.Plain, F.Title, part.Text, max: 2);
        if (plain.Count != 1) return false;
        var docFreq = Math.Max(terms.DocFreq(F.Title, plain[0].Term), terms.DocFreq(F.BodyBigrams, plain[0].Term));
        return docFreq >= terms.Reader.NumDocs * tuning.CommonWordShare;
    }

    private Query? Part(QueryPart part, TermLookup? terms, ISet<Term>? unmatched)
    {
        var query = new DisjunctionMaxQuery(tuning.TieBreaker);
        var clauses = new Clauses(query, tuning.PruneUnmatched ? terms : null, unmatched);
        if (part.IsCjk) AddCjk(clauses, part);
        else AddLatin(clauses, part, terms);
        if (query.Disjuncts.Count > 0) return query;
        // Nothing in the index matches any form of the part; it still counts among the parts that must match.
        return clauses.Pruned ? new BooleanQuery() : null;
    }

    private void AddLatin(Clauses clauses, QueryPart part, TermLookup? terms)
    {
        var reader = terms?.Reader;
        var names = NameTokens.Read(part.Text).Select(t => t.Text).ToList();
        // A name few titles carry (CoOp, CLIP-KD, EVA-CLIP) is what the user is after; a common one ("open-vocabulary") is just a word.
        var rareName = names.Count == 1 && (reader is null || terms!.DocFreq(F.Names, names[0]) <= tuning.RareNameMaxPapers);
        Add(clauses, Sequence(F.Names, names.Select((n, i) => new AnalyzedToken(n, i, 0, 0)).ToList()), rareName ? tuning.Names : tuning.Title);
        Add(clauses, Sequence(F.BodyNames, names.Select((n, i) => new AnalyzedToken(n, i, 0, 0)).ToList()), tuning.BodyNames);
        Add(clauses, Analyzed(clauses, F.Title, part.Text), tuning.Title);
        Add(clauses, Analyzed(clauses, F.TitleEnglish, part.Text), tuning.TitleEnglish);
        Add(clauses, Analyzed(clauses, F.BodyEnglish, part.Text), tuning.BodyEnglish);
        Add(clauses, Analyzed(clauses, F.Category, part.Text), tuning.Category);
        Add(clauses, Analyzed(clauses, F.Authors, part.Text), tuning.Authors);
        Add(clauses, Analyzed(clauses, F.Venue, part.Text), tuning.Venue);
        if (!part.Phrase)
        {
            foreach (var chinese in DomainGlossary.ChineseFor(DomainGlossary.Stem(clauses.Tokens(analyzers.English, part.Text))))
                Add(clauses, Analyzed(clauses, F.BodyBigrams, chinese), tuning.BodyCjkPhrase * tuning.CrossLanguage);
        }
        if (part.Phrase || part.Excluded) return;

        var plain = clauses.Tokens(analyzers.Plain, part.Text);
        if (plain.Count != 1) return;
        var word = plain[0].Term;
        if (terms is not null && word.Length >= tuning.FuzzyMinLength && word.All(char.IsAsciiLetter))
        {
            // Typo expansion only where the word itself is unknown: a correctly spelled word needs none.
            var edits = word.Length >= tuning.TwoEditsMinLength ? 2 : 1;
            var inTitle = terms.DocFreq(F.Title, word);
            var inBody = terms.DocFreq(F.BodyBigrams, word);
            if (inTitle == 0)
            {
                foreach (var correction in TypoCorrections.Find(terms, F.Title, word, edits, tuning.FuzzyMaxExpansions))
                    Add(clauses, new TermQuery(new Term(F.Title, correction)), tuning.Title * tuning.Fuzzy);
            }
            if (inBody == 0)
            {
                foreach (var correction in TypoCorrections.Find(terms, F.BodyBigrams, word, edits, tuning.FuzzyMaxExpansions))
                    Add(clauses, new TermQuery(new Term(F.BodyBigrams, correction)), tuning.BodyEnglish * tuning.Fuzzy);
            }
            if (inTitle + inBody == 0)
            {
                foreach (var chinese in DomainGlossary.ChineseForTypo(word))
                    Add(clauses, Analyzed(clauses, F.BodyBigrams, chinese), tuning.BodyCjkPhrase * tuning.CrossLanguage * tuning.Fuzzy);
            }
        }
        if (part.Prefix && word.Length >= 2)
        {
            Add(clauses, Prefix(F.Title, word), tuning.Title * tuning.Prefix);
            Add(clauses, Prefix(F.BodyBigrams, word), tuning.BodyEnglish * tuning.Prefix);
            if (names.Count == 1) Add(clauses, Prefix(F.Names, names[0]), tuning.Title * tuning.Prefix);
        }
    }

    private void AddCjk(Clauses clauses, QueryPart part)
    {
        var bigrams = AnalyzedText.Tokens(analyzers.Bigrams, F.BodyBigrams, part.Text, max: 64);
        var words = AnalyzedText.Tokens(analyzers.ChineseWords, F.BodyChinese, part.Text, max: 64);
        if (bigrams.Count == 1 && bigrams[0].Term.Length == 1 && !part.Excluded)
        {
            // A single character matches the bigrams that start with it (and the character as a word).
            Add(clauses, Prefix(F.BodyBigrams, bigrams[0].Term), tuning.BodyCjkPhrase * tuning.Prefix);
            Add(clauses, new TermQuery(new Term(F.BodyChinese, bigrams[0].Term)), tuning.BodyChinese);
            return;
        }
        Add(clauses, Sequence(F.BodyBigrams, bigrams), tuning.BodyCjkPhrase);
        foreach (var english in DomainGlossary.EnglishFor(part.Text))
        {
            Add(clauses, Analyzed(clauses, F.TitleEnglish, english), tuning.TitleEnglish * tuning.CrossLanguage);
            Add(clauses, Analyzed(clauses, F.Category, english), tuning.Category * tuning.CrossLanguage);
            Add(clauses, Analyzed(clauses, F.BodyEnglish, english), tuning.BodyEnglish * tuning.CrossLanguage);
        }
        if (part.Phrase)
        {
            Add(clauses, Sequence(F.BodyChinese, words), tuning.BodyChinese);
            return;
        }
        Add(clauses, AtLeast(F.BodyChinese, words, 0.75), tuning.BodyChinese);
        if (bigrams.Count >= 3) Add(clauses, AtLeast(F.BodyBigrams, bigrams, 0.6), tuning.BodyCjkLoose);
        // Any one word of a compound (数据 of 数据清洗): found, but ranked after fuller matches.
        if (words.Count >= 2) Add(clauses, AtLeast(F.BodyChinese, words, 0), tuning.BodyChinese * tuning.PartialWords);
    }

    private Query? Analyzed(Clauses clauses, string field, string text) => Sequence(field, clauses.Tokens(analyzers.For(field), text));

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

    private static void Add(Clauses clauses, Query? clause, float boost) => clauses.Add(clause, boost);

    /// <summary>
    /// A part's disjuncts, without those no document can match: a term or phrase with a term the index doesn't hold adds
    /// nothing to a disjunction's matches or scores, but costs a lookup and a weight on every search. Terms found are
    /// handed to their queries, so searching doesn't look them up again.
    /// </summary>
    private sealed class Clauses(DisjunctionMaxQuery query, TermLookup? terms, ISet<Term>? unmatched)
    {
        // The part's text goes through each analyzer once, though several fields share an analyzer.
        private readonly Dictionary<(Analyzer, string), List<AnalyzedToken>> analyzed = [];
        private readonly Dictionary<string, Query> added = new(StringComparer.Ordinal);

        public bool Pruned { get; private set; }

        public List<AnalyzedToken> Tokens(Analyzer analyzer, string text)
        {
            if (!analyzed.TryGetValue((analyzer, text), out var tokens))
                analyzed[(analyzer, text)] = tokens = AnalyzedText.Tokens(analyzer, "", text, max: 64);
            return tokens;
        }

        public void Add(Query? clause, float boost)
        {
            if (clause is null) return;
            // Two forms of a word can analyze alike (distillation, distill → distil): one clause, at the higher boost.
            var key = clause.ToString(); // before the boost is set: boosts show in it
            if (added.TryGetValue(key, out var same))
            {
                same.Boost = Math.Max(same.Boost, boost);
                return;
            }
            if (terms is not null)
            {
                switch (clause)
                {
                    case TermQuery term when terms.Find(term.Term) is { } context:
                        clause = new TermQuery(term.Term, context);
                        break;
                    case TermQuery:
                    case PhraseQuery phrase when phrase.GetTerms().Any(t => terms.Find(t) is null):
                        Pruned = true;
                        if (unmatched is not null) clause.ExtractTerms(unmatched);
                        return;
                }
            }
            added[key] = clause;
            clause.Boost = boost;
            query.Add(clause);
        }
    }

    private static bool IsStopWord(string text) =>
        Lucene.Net.Analysis.Standard.StandardAnalyzer.STOP_WORDS_SET.Contains(text.ToLowerInvariant());
}
