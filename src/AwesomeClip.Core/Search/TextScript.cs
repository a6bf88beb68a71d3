namespace AwesomeClip.Core.Search;

/// <summary>Tells CJK characters from the rest.</summary>
internal static class TextScript
{
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' // radicals, punctuation, kana, CJK unified ideographs
        or >= '\uAC00' and <= '\uD7AF' // Hangul
        or >= '\uF900' and <= '\uFAFF' // compatibility ideographs
        or >= '\uFF66' and <= '\uFF9F'; // half-width kana

    public static bool IsCjkLetter(char c) => IsCjk(c) && char.IsLetter(c);

    public static bool ContainsCjk(string text) => text.Any(IsCjkLetter);
}
