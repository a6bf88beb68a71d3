using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Parsing;

internal static class ParsedPaperFingerprint
{
    /// <summary>The fingerprint a paper has right after being imported from this entry.</summary>
    public static string Fingerprint(this ParsedPaper row) => PaperFingerprint.Of(row.Values(null));
}
