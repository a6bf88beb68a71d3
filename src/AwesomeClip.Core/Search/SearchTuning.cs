namespace AwesomeClip.Core.Search;

/// <summary>Field boosts and expansion limits of the query builder, chosen with the nDCG@10 relevance suite.</summary>
internal sealed record SearchTuning
{
    public static SearchTuning Default { get; } = new();

    /// <summary>Leave out terms and phrases no document holds (exact: they add nothing to matches or scores; tests compare).</summary>
    public bool PruneUnmatched { get; init; } = true;

    /// <summary>Exact title name (<c>CoOp</c>, <c>CLIP-KD</c>, <c>EVA-CLIP</c>): ranks first.</summary>
    public float Names { get; init; } = 8f;
    public float Title { get; init; } = 5f;
    public float TitleEnglish { get; init; } = 4f;
    /// <summary>Categories are curated topics: a paper filed under "Segmentation" is about segmentation.</summary>
    public float Category { get; init; } = 4f;
    public float BodyNames { get; init; } = 2f;

    /// <summary>A name among the authors ("Mildenhall"): what the user looks for, but a title match says more.</summary>
    public float Authors { get; init; } = 3f;

    /// <summary>A venue ("CVPR", "NeurIPS"): a weak match on its own, a tie-breaker with words.</summary>
    public float Venue { get; init; } = 1f;
    public float BodyEnglish { get; init; } = 1.5f;

    /// <summary>CJK text found verbatim (bigram phrase) in the abstract or commentary.</summary>
    public float BodyCjkPhrase { get; init; } = 1.5f;

    /// <summary>CJK words (SmartCn segmentation).</summary>
    public float BodyChinese { get; init; } = 1.2f;

    /// <summary>Most of a longer CJK run's bigrams, in any order.</summary>
    public float BodyCjkLoose { get; init; } = 0.6f;

    /// <summary>Multiplier for typo matches of English words.</summary>
    public float Fuzzy { get; init; } = 0.4f;

    /// <summary>Multiplier for prefix matches of the word being typed.</summary>
    public float Prefix { get; init; } = 0.5f;

    /// <summary>How much of the non-best fields' scores counts (DisjunctionMax tie breaker).</summary>
    public float TieBreaker { get; init; } = 0.3f;

    /// <summary>Multiplier for matches through the bilingual <see cref="DomainGlossary"/>.</summary>
    public float CrossLanguage { get; init; } = 1f;

    /// <summary>How many of two or more query parts a paper may miss and still match.</summary>
    public int MissingParts { get; init; } = 1;

    /// <summary>A word in at least this share of papers ("CLIP") only adds to the score; it filters nothing.</summary>
    public double CommonWordShare { get; init; } = 0.5;

    /// <summary>Multiplier for matching only some words of a Chinese compound: found, but ranked after fuller matches.</summary>
    public float PartialWords { get; init; } = 0.05f;

    /// <summary>A title name carried by at most this many papers gets the <see cref="Names"/> boost.</summary>
    public int RareNameMaxPapers { get; init; } = 3;

    public int FuzzyMinLength { get; init; } = 5;
    /// <summary>Words this long may be two edits away (shorter ones one).</summary>
    public int TwoEditsMinLength { get; init; } = 8;

    public int FuzzyMaxExpansions { get; init; } = 10;
    public int PrefixMaxExpansions { get; init; } = 50;
}
