using System.Text;

namespace AwesomeClip.Core.Admin;

/// <summary>Two titles are the same paper when they differ only in case or whitespace.</summary>
public static class TitleKey
{
    public static string Of(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var sb = new StringBuilder(title.Length);
        var space = false;
        foreach (var ch in title.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }
}
