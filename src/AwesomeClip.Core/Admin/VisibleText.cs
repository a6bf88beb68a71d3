using System.Globalization;
using System.Text;
using AwesomeClip.Core.Messages;

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
    public static CoreMessage? Problem(string? text, CoreMessage field)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || Blanks.Contains(rune.Value))
            {
                return CharacterMessages.Invisible.With(field, Name(rune));
            }
        }
        return null;
    }

    /// <summary>
    /// The text without its invisible characters, and what the first of them was ("U+202E: a text direction control"),
    /// or null when there was none: what an import does with a name it cannot refuse.
    /// </summary>
    public static (string Text, CoreMessage? Removed) Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Problem(text, CharacterMessages.TheName) is null) return (text, null);
        var sb = new StringBuilder(text.Length);
        CoreMessage? removed = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || Blanks.Contains(rune.Value))
            {
                removed ??= Name(rune);
                continue;
            }
            sb.Append(rune.ToString());
        }
        return (sb.ToString().Trim(), removed);
    }

    /// <summary>"U+202E: a text direction control".</summary>
    public static CoreMessage Name(Rune rune) => CharacterMessages.Character.With(rune.Value.ToString("X4", CultureInfo.InvariantCulture), Describe(rune));

    private static CoreMessage Describe(Rune rune) => rune.Value switch
    {
        0x200B => CharacterMessages.ZeroWidthSpace,
        0x200C => CharacterMessages.ZeroWidthNonJoiner,
        0x200D => CharacterMessages.ZeroWidthJoiner,
        0x2060 => CharacterMessages.WordJoiner,
        0xFEFF => CharacterMessages.ByteOrderMark,
        0x00AD => CharacterMessages.SoftHyphen,
        >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C => CharacterMessages.DirectionControl,
        _ => Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format ? CharacterMessages.FormatCharacter : CharacterMessages.BlankFiller,
    };
}
