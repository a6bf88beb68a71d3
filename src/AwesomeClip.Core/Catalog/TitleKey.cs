using System.Text;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// What "the same title" means everywhere — the editor's duplicate check, the category editor's, and the import's
/// matching of entries across versions: the same words of letters and digits, case, width (NFKC) and punctuation aside.
/// <c>+</c> and <c>#</c> stay part of a word, so "ReCLIP++" and "ReCLIP", "C#" and "C" are different titles.
/// </summary>
public static class TitleKey
{
    /// <summary>"**CLIPA:  an** X" → "clipa an x"; "ReCLIP++: Learning" → "reclip++ learning".</summary>
    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder(title.Length);
        var pendingSpace = false;
        foreach (var ch in title.Normalize(NormalizationForm.FormKC))
        {
            if (IsWordCharacter(ch))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return sb.ToString();
    }

    public static bool Same(string a, string b) => Of(a) == Of(b);

    /// <summary>The words of the key without <c>+</c> and <c>#</c>: what a slug is made of.</summary>
    public static string[] Words(string title) => Of(title).Split([' ', '+', '#'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsWordCharacter(char ch) => char.IsLetterOrDigit(ch) || ch is '+' or '#';
}
