using System.Globalization;
using System.Text;

namespace AwesomeClip.Core.Admin;

/// <summary>
/// Names and titles must show what they are: no bidi controls (U+202E turns "niarT" into "Train"), no zero-width or
/// other format characters, no blank fillers — a look-alike name with one of them is another name that reads the same.
/// </summary>
public static class VisibleText
{
    /// <summary>Hangul fillers and the braille blank: letters by category, drawn as nothing.</summary>
    private static readonly HashSet<int> Blanks = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800];

    /// <summary>Why <paramref name="text"/> cannot be a name ("The title contains …"), or null.</summary>
    public static string? Problem(string? text, string field)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || Blanks.Contains(rune.Value))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"{field} contains an invisible character (U+{rune.Value:X4}: {Describe(rune)}); remove it, it would make a look-alike of another name.");
            }
        }
        return null;
    }

    /// <summary>
    /// The text without its invisible characters, and what the first of them was ("U+202E: a text direction control"),
    /// or null when there was none: what an import does with a name it cannot refuse.
    /// </summary>
    public static (string Text, string? Removed) Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Problem(text, "") is null) return (text, null);
        var sb = new StringBuilder(text.Length);
        string? removed = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || Blanks.Contains(rune.Value))
            {
                removed ??= string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}: {Describe(rune)}");
                continue;
            }
            sb.Append(rune.ToString());
        }
        return (sb.ToString().Trim(), removed);
    }

    private static string Describe(Rune rune) => rune.Value switch
    {
        0x200B => "zero width space",
        0x200C => "zero width non-joiner",
        0x200D => "zero width joiner",
        0x2060 => "word joiner",
        0xFEFF => "byte order mark",
        0x00AD => "soft hyphen",
        >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C => "a text direction control",
        _ => Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format ? "a format character" : "a blank filler",
    };
}
