namespace AwesomeClip.Core.Search;

/// <summary>
/// Splits text into "names": runs of Latin letters, digits and inner hyphens/dots/underscores/pluses,
/// lower-cased, so <c>CLIP-KD:</c> gives <c>clip-kd</c> and <c>DATA[MetaCLIP]</c> gives <c>data</c>, <c>metaclip</c>.
/// Used for the exact-name fields at index time, for queries and for highlighting (offsets are into the input).
/// </summary>
internal static class NameTokens
{
    public readonly record struct Token(string Text, int Start, int End);

    public static IEnumerable<Token> Read(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsNameChar(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsNameChar(text[i])) i++;
            var end = i;
            while (start < end && IsJoiner(text[start])) start++;
            while (end > start && IsJoiner(text[end - 1])) end--;
            if (end > start) yield return new Token(text[start..end].ToLowerInvariant(), start, end);
        }
    }

    public static string Join(IEnumerable<string> texts) =>
        string.Join(' ', texts.SelectMany(t => Read(t)).Select(t => t.Text));

    private static bool IsNameChar(char c) => IsLatinLetterOrDigit(c) || IsJoiner(c);

    private static bool IsJoiner(char c) => c is '-' or '.' or '_' or '+';

    private static bool IsLatinLetterOrDigit(char c) => c < 0x0250 && char.IsLetterOrDigit(c);
}
