using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Index terms within one or two edits of a misspelled word, sharing its first letter (like a FuzzyQuery with prefix
/// length 1). Lucene.Net builds Levenshtein automata slowly (milliseconds per FuzzyQuery), whereas walking the few
/// terms under one first letter and checking a bounded edit distance takes microseconds.
/// </summary>
internal static class TypoCorrections
{
    public static IReadOnlyList<string> Find(TermLookup lookup, string field, string word, int maxEdits, int max)
    {
        if (word.Length == 0) return [];
        var termsEnum = lookup.SingleSegmentEnum(field) ?? MultiFields.GetTerms(lookup.Reader, field)?.GetEnumerator();
        if (termsEnum is null) return [];
        var prefix = new BytesRef(word[..1]);
        var ascii = Ascii.IsValid(word) ? Encoding.ASCII.GetBytes(word) : null;
        if (termsEnum.SeekCeil(prefix) == TermsEnum.SeekStatus.END) return [];
        var candidates = new List<(string Term, int Edits, int DocFreq)>();
        do
        {
            var bytes = termsEnum.Term;
            if (!StringHelper.StartsWith(bytes, prefix)) break;
            if (Math.Abs(bytes.Length - word.Length) > maxEdits) continue; // Latin terms: one byte per letter
            var termBytes = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
            // ASCII against ASCII compares bytes, no string per term; anything else as text.
            var edits = ascii is not null && Ascii.IsValid(termBytes)
                ? EditDistance.Bounded<byte>(ascii, termBytes, maxEdits)
                : EditDistance.Bounded(word, bytes.Utf8ToString(), maxEdits);
            if (edits == 0 || edits > maxEdits) continue; // 0: the word itself
            candidates.Add((bytes.Utf8ToString(), edits, termsEnum.DocFreq));
        }
        while (termsEnum.MoveNext());
        return candidates.OrderBy(c => c.Edits).ThenByDescending(c => c.DocFreq).ThenBy(c => c.Term, StringComparer.Ordinal)
            .Take(max).Select(c => c.Term).ToList();
    }
}
