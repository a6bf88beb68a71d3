using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import;

internal static class ParsedPaperFingerprint
{
    /// <summary>The fingerprint a paper has right after being imported from this row.</summary>
    public static string Fingerprint(this ParsedPaper row) => PaperFingerprint.Compute(
        row.Title, row.Abstract, row.Commentary, row.GithubRepo, row.Links.Select(l => (l.Kind, l.Label, l.Url)), row.Figures);
}
