using System.Security.Cryptography;
using System.Text;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// A hash of the fields that a row of the list shows. When a paper's current fingerprint equals the one taken at
/// import, its imported row is still an exact rendering of it and the export can reuse the row byte for byte.
/// </summary>
public static class PaperFingerprint
{
    public static string Compute(
        string title,
        string @abstract,
        string? commentary,
        string? githubRepo,
        IEnumerable<(LinkKind Kind, string Label, string Url)> links,
        IEnumerable<string> figures)
    {
        var sb = new StringBuilder();
        Field(sb, title);
        Field(sb, @abstract);
        Field(sb, commentary ?? "\0null");
        Field(sb, githubRepo ?? "\0null");
        foreach (var (kind, label, url) in links)
        {
            Field(sb, "link");
            Field(sb, kind.ToWireName());
            Field(sb, label);
            Field(sb, url);
        }
        foreach (var figure in figures)
        {
            Field(sb, "figure");
            Field(sb, figure);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..32];
    }

    public static string Of(Paper paper) => Compute(
        paper.Title,
        paper.Abstract,
        paper.Commentary,
        paper.GithubRepo,
        paper.Links.OrderBy(l => l.Position).Select(l => (l.Kind, l.Label, l.Url)),
        paper.Figures.OrderBy(f => f.Position).Select(f => f.Path));

    // Length-prefixed, so no two different field lists serialize the same.
    private static void Field(StringBuilder sb, string value) => sb.Append(value.Length).Append(':').Append(value).Append('\n');
}
