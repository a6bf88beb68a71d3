using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Admin;

namespace AwesomeClip.Core.Suggestions;

/// <summary>
/// What a reader's text may be: plain text. Invisible characters (<see cref="VisibleText"/>) and control characters are
/// taken out rather than refused (they come with pasted text and cannot be seen to be removed by hand); HTML tags are
/// refused, since nothing here is ever rendered as HTML and a tag in a suggestion is almost always spam.
/// </summary>
internal static partial class PlainText
{
    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex Blanks();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();

    /// <summary>One line: line breaks and tabs become spaces, runs of spaces one; null when nothing is left.</summary>
    public static Cleaned OneLine(string? text)
    {
        var (clean, removed) = Clean(text, keepLineBreaks: false);
        return new(clean is null ? null : Blanks().Replace(clean, " ").Trim() is { Length: > 0 } line ? line : null, removed);
    }

    /// <summary>Lines: \n line breaks, no trailing blanks, at most one empty line in a row; null when nothing is left.</summary>
    public static Cleaned Lines(string? text)
    {
        var (clean, removed) = Clean(text, keepLineBreaks: true);
        if (clean is null) return new(null, removed);
        var lines = string.Join('\n', clean.Split('\n').Select(l => Blanks().Replace(l, " ").Trim()));
        var joined = BlankLines().Replace(lines, "\n\n").Trim();
        return new(joined.Length == 0 ? null : joined, removed);
    }

    /// <summary>The first HTML tag in the text, or null.</summary>
    public static string? FirstTag(string? text) => text is null ? null : HtmlTag().Match(text) is { Success: true } m ? m.Value : null;

    private static (string? Text, Messages.CoreMessage? Removed) Clean(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text)) return (null, null);
        var (visible, removed) = VisibleText.Strip(text.ReplaceLineEndings("\n"));
        var sb = new StringBuilder(visible.Length);
        foreach (var rune in visible.EnumerateRunes())
        {
            if (rune.Value == '\n') sb.Append(keepLineBreaks ? '\n' : ' ');
            else if (rune.Value == '\t') sb.Append(' ');
            else if (Rune.IsControl(rune)) removed ??= Admin.CharacterMessages.Character.With(rune.Value.ToString("X4", CultureInfo.InvariantCulture), Admin.CharacterMessages.ControlCharacter);
            else sb.Append(rune.ToString());
        }
        return (sb.ToString(), removed);
    }

    /// <param name="Removed">What the first invisible or control character taken out was, or null.</param>
    public sealed record Cleaned(string? Text, Messages.CoreMessage? Removed);
}
