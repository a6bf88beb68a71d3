using System.Globalization;
using System.Text;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>
/// Citation keys: the paper's short name and year (<c>clipa2023</c>), the same every time a paper is exported.
/// Papers that share a key in one export each get their catalog id appended (<c>evaclip2023-17</c>).
/// </summary>
public static class BibTexKeys
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "and", "the", "on", "in", "of", "for", "to", "towards" };

    public static string Base(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var title = paper.Title.Trim();
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        // "CLIPA: An Inverse Scaling Law…" is cited by its name; other titles by their first two words.
        var words = colon is > 0 and <= 30
            ? [title[..colon]]
            : title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Skipped.Contains(w)).Take(2);
        var name = Ascii(string.Concat(words));
        if (name.Length == 0) name = "paper";
        if (name.Length > 30) name = name[..30];
        return paper.Year is { } year ? name + year.ToString(CultureInfo.InvariantCulture) : name;
    }

    public static IReadOnlyList<string> For(IReadOnlyList<Paper> papers)
    {
        var bases = papers.Select(Base).ToList();
        var shared = bases.GroupBy(b => b, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var keys = bases.Select((b, i) => shared.Contains(b) ? $"{b}-{papers[i].Id.ToString(CultureInfo.InvariantCulture)}" : b).ToList();
        // The same paper twice, or unsaved papers (id 0): number what is still shared.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (seen.TryGetValue(keys[i], out var n))
            {
                seen[keys[i]] = n + 1;
                keys[i] = $"{keys[i]}-{n + 1}";
            }
            else
            {
                seen[keys[i]] = 1;
            }
        }
        return keys;
    }

    private static string Ascii(string text)
    {
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKD))
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (ch is >= 'A' and <= 'Z') sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }
}
