using System.Text;

namespace AwesomeClip.Core.Catalog;

public static class Slug
{
    /// <summary>"Zero-Shot &amp; Few-Shot &amp; Classification" → "zero-shot-few-shot-classification".</summary>
    public static string From(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var ch in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.Length == 0 ? "category" : sb.ToString();
    }
}
