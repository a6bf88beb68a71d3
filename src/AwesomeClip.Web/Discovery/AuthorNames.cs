using System.Text.RegularExpressions;

namespace AwesomeClip.Web.Discovery;

/// <summary>The people in an author line as lists write it: "A, B and C", "A; B", "张三，李四", with "et al." left out.</summary>
public static partial class AuthorNames
{
    private static readonly string[] Separators = [",", ";", "，", "、", "；", " and ", " & "];

    public static IReadOnlyList<string> Split(string? authors)
    {
        if (string.IsNullOrWhiteSpace(authors)) return [];
        // "Radford et al." is one person and the others unnamed.
        return [.. authors.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? a[4..].Trim() : a)
            .Select(WithoutEtAl)
            .Where(a => a.Length > 0)];
    }

    private static string WithoutEtAl(string name) => EtAl().Replace(name, "").Trim();

    [GeneratedRegex(@"(?:^|\s)et\s+al\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAl();
}
