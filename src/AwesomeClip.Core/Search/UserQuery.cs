using System.Text;

namespace AwesomeClip.Core.Search;

/// <summary>
/// Turns whatever the user typed into <see cref="QueryPart"/>s. No Lucene syntax is interpreted (<c>*</c>, <c>/regex/</c>,
/// <c>field:</c>, <c>~</c> and brackets are plain characters that analysis drops), so no input can produce an expensive query.
/// Understood: <c>"quoted phrases"</c>, <c>-exclusion</c>, <c>OR</c> between words, and a last word still being typed.
/// Input is bounded: control characters removed, at most <see cref="MaxLength"/> characters and <see cref="MaxParts"/> parts.
/// </summary>
internal static class UserQuery
{
    public const int MaxLength = 256;
    public const int MaxParts = 32;

    public static ParsedQuery Parse(string? raw)
    {
        var text = Sanitize(raw);
        var parts = new List<QueryPart>();
        var anyOf = false;
        var i = 0;
        while (i < text.Length && parts.Count < MaxParts)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '-';
            if (excluded) i++;
            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close > i + 1)
                {
                    var phrase = text[(i + 1)..close].Trim();
                    if (phrase.Length > 0) parts.Add(new QueryPart(phrase, Phrase: true, excluded, Prefix: false));
                    i = close + 1;
                    continue;
                }
                i++; // unbalanced or empty quotes: the rest is plain words
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') i++;
            var word = text[start..i];
            if (!excluded && word is "OR" or "||" or "|")
            {
                anyOf = true;
                continue;
            }
            if (!excluded && word is "AND" or "&&" or "+" or "NOT") continue;
            var typing = i == text.Length && !excluded;
            foreach (var piece in SplitScripts(word))
                parts.Add(new QueryPart(piece, Phrase: false, excluded, Prefix: false));
            if (typing && parts.Count > 0 && !parts[^1].Phrase) parts[^1] = parts[^1] with { Prefix = true };
        }
        return parts.Count == 0 ? ParsedQuery.Empty : new ParsedQuery(parts.Take(MaxParts).ToList(), anyOf);
    }

    /// <summary>NFKC (full-width letters become ASCII), control and format characters become spaces, length bounded.</summary>
    internal static string Sanitize(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        var bounded = raw.Length > MaxLength * 2 ? raw[..(MaxLength * 2)] : raw;
        if (char.IsHighSurrogate(bounded[^1])) bounded = bounded[..^1];
        string normalized;
        try
        {
            normalized = bounded.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            normalized = bounded; // lone surrogates: analysis drops them
        }
        var sb = new StringBuilder(Math.Min(normalized.Length, MaxLength));
        foreach (var c in normalized)
        {
            if (sb.Length == MaxLength) break;
            var category = char.GetUnicodeCategory(c);
            sb.Append(char.IsControl(c) || category == System.Globalization.UnicodeCategory.Format ? ' ' : c);
        }
        return sb.ToString();
    }

    /// <summary><c>CLIP蒸馏</c> → <c>CLIP</c>, <c>蒸馏</c>: CJK runs and Latin runs are searched differently.</summary>
    private static IEnumerable<string> SplitScripts(string word)
    {
        var start = 0;
        for (var i = 1; i <= word.Length; i++)
        {
            if (i < word.Length && TextScript.IsCjkLetter(word[i]) == TextScript.IsCjkLetter(word[i - 1])) continue;
            var piece = word[start..i];
            if (piece.Any(char.IsLetterOrDigit)) yield return piece;
            start = i;
        }
    }
}
