using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Merge;

/// <summary>Cheap measures of "the same text, give or take a typo" for matching rows across versions.</summary>
internal static class TextSimilarity
{
    /// <summary>The one rule for "the same title" (<see cref="TitleKey"/>).</summary>
    public static string Key(string text) => TitleKey.Of(text);

    /// <summary>Scores below this are all "not similar" to the matcher, so they need not be exact.</summary>
    public const double SimilarTitle = 0.6;

    /// <summary>
    /// The same title give or take a typo or two (about one edit in ten letters): what a reader who retypes a title
    /// produces. A suggestion whose title scores this against a paper is shown as a duplicate of it.
    /// </summary>
    public const double NearIdenticalTitle = 0.9;

    /// <summary>Titles are short (under 300 characters); a longer key is compared on bigrams, in linear time.</summary>
    private const int MaxEditDistanceLength = 1_000;

    /// <summary>
    /// 1 for equal keys, 1 - edit distance / length otherwise (exact from <see cref="SimilarTitle"/> up, some lower
    /// value below it); a title that contains the other whole (a fragment of a row broken over two lines,
    /// "A/ReCLIP++: A") scores at least 0.85.
    /// </summary>
    public static double Title(string a, string b)
    {
        var ka = Key(a);
        var kb = Key(b);
        if (ka == kb) return 1;
        if (ka.Length == 0 || kb.Length == 0) return 0;
        var (shorter, longer) = ka.Length <= kb.Length ? (ka, kb) : (kb, ka);
        var ratio = longer.Length > MaxEditDistanceLength
            ? Text(ka, kb) * shorter.Length / longer.Length
            : 1 - (double)Levenshtein(ka, kb, (int)((1 - SimilarTitle) * longer.Length)) / longer.Length;
        if (shorter.Length >= 20 && longer.Contains(shorter, StringComparison.Ordinal)) ratio = Math.Max(ratio, 0.85);
        return ratio;
    }

    /// <summary>Dice coefficient over character bigrams, white space ignored (works for Chinese as for English).</summary>
    public static double Text(string a, string b)
    {
        var ba = Bigrams(a);
        var bb = Bigrams(b);
        if (ba.Count == 0 || bb.Count == 0) return 0;
        var shared = ba.Count(bb.Contains);
        return 2.0 * shared / (ba.Count + bb.Count);
    }

    private static HashSet<int> Bigrams(string text)
    {
        var set = new HashSet<int>();
        char? previous = null;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            if (previous is { } p) set.Add((p << 16) | ch);
            previous = ch;
        }
        return set;
    }

    /// <summary>The edit distance, or some value above <paramref name="limit"/> as soon as it must exceed it.</summary>
    private static int Levenshtein(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit) return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }
            // A row's minimum never decreases further down.
            if (best > limit) return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
