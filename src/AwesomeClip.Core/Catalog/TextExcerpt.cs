using System.Globalization;
using System.Text;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// The beginning of a stored text (an abstract, a curator's note) for a list row: links as their text, lines joined,
/// cut after at most a given number of characters — whole characters only (a surrogate pair, an emoji with its
/// modifiers, a letter with its accents stay together), between two words in Latin text, anywhere between two
/// characters in Chinese — and "…" when something was left out.
/// </summary>
public static class TextExcerpt
{
    /// <summary>About three lines of a list row.</summary>
    public const int AbstractLength = 240;

    /// <summary>One line of a list row.</summary>
    public const int NoteLength = 100;

    /// <summary>
    /// How many characters a query reads to cut an excerpt of <paramref name="length"/>: more than it shows, so that
    /// links (whose addresses are not shown) still read as links, and the cut knows whether the text goes on.
    /// </summary>
    public static int ReadLength(int length) => (length * 2) + 200;

    private const char Ellipsis = '…';

    // How far back a cut looks for the end of a word before it cuts inside a very long one (a URL, a formula).
    private const int WordSearch = 30;

    /// <summary>Null for no text; the whole text (flattened) when it fits in <paramref name="maxLength"/> characters.</summary>
    public static string? Of(string? text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var flat = Flatten(text);
        if (flat.Length == 0) return null;

        var starts = StringInfo.ParseCombiningCharacters(flat);
        if (starts.Length <= maxLength) return flat;

        var cut = maxLength;
        for (var back = 0; back < WordSearch && cut - back > 0; back++)
        {
            if (IsBreak(flat, starts, cut - back))
            {
                cut -= back;
                break;
            }
        }
        var kept = flat[..starts[cut]].TrimEnd();
        return kept.TrimEnd(',', ';', ':', '，', '；', '：', '、').TrimEnd() + Ellipsis;
    }

    /// <summary>The first non-empty line of <paramref name="text"/>, cut like <see cref="Of"/>.</summary>
    public static string? FirstLineOf(string? text, int maxLength) =>
        text?.Split('\n').Select(l => Of(l, maxLength)).FirstOrDefault(l => l is not null);

    /// <summary>True when a cut before text element <paramref name="index"/> does not split a word.</summary>
    private static bool IsBreak(string text, int[] starts, int index)
    {
        return !(IsWordCharacter(text, starts[index - 1]) && IsWordCharacter(text, starts[index]));
    }

    // Latin, Greek, Cyrillic letters and digits make words; ideographs and kana ("other letters") are words of their own.
    private static bool IsWordCharacter(string text, int at) =>
        char.IsLetterOrDigit(text, at) && CharUnicodeInfo.GetUnicodeCategory(text, at) != UnicodeCategory.OtherLetter;

    /// <summary>Lines joined by spaces, runs of white space as one, <c>[text](url)</c> as its text.</summary>
    private static string Flatten(string? text)
    {
        var flat = new StringBuilder();
        foreach (var line in TextSegments.Lines(text))
        {
            foreach (var segment in line) flat.Append(segment.Text);
            flat.Append(' ');
        }
        var collapsed = new StringBuilder(flat.Length);
        foreach (var c in flat.ToString())
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ') collapsed.Append(' ');
            }
            else
            {
                collapsed.Append(c);
            }
        }
        return collapsed.ToString().Trim();
    }
}
