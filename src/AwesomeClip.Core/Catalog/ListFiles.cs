using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// Files a list refers to by a path relative to itself (a figure <c>./images/x.png</c>, a link <c>./citations/x.txt</c>):
/// which such references exist, and the URL the app serves each at — from the folder the list was imported from.
/// </summary>
public static partial class ListFiles
{
    /// <summary>What may be served from a list's folder: figures, documents and citation files, never pages or scripts.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".pdf"] = "application/pdf",
        [".txt"] = "text/plain; charset=utf-8",
        [".bib"] = "text/plain; charset=utf-8",
        [".md"] = "text/plain; charset=utf-8",
        [".csv"] = "text/plain; charset=utf-8",
    };

    [GeneratedRegex(@"^\.?[\p{L}\p{N}][\p{L}\p{N} ._()+,@-]{0,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeSegment();

    /// <summary>The path as a list of safe segments ("./images/a.png" → images/a.png), or null for anything else (URLs, anchors, "..").</summary>
    public static string? Normalize(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        var p = path.Trim();
        if (p.Contains("://", StringComparison.Ordinal) || p.StartsWith('/') || p.StartsWith('#') || p.Contains('\\', StringComparison.Ordinal)
            || p.Contains(':', StringComparison.Ordinal) || p.Contains('?', StringComparison.Ordinal))
        {
            return null;
        }

        var hash = p.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) p = p[..hash];
        var segments = p.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToList();
        if (segments.Count == 0 || segments.Any(s => s == ".." || !SafeSegment().IsMatch(s))) return null;
        var normalized = string.Join('/', segments);
        return ContentTypes.ContainsKey(Path.GetExtension(normalized)) ? normalized : null;
    }

    /// <summary>Where a list-relative file is served; null when the path cannot be one.</summary>
    public static string? UrlOf(string? path) =>
        Normalize(path) is { } n ? "/list/" + string.Join('/', n.Split('/').Select(Uri.EscapeDataString)) : null;

    /// <summary>Where a figure is served: <c>/figures/{name}</c> for uploads and <c>images/</c>, else <see cref="UrlOf"/>.</summary>
    public static string FigureUrl(string path)
    {
        var n = Normalize(path);
        if (n is null || n.StartsWith("images/", StringComparison.Ordinal) && n.Count(c => c == '/') == 1)
            return "/figures/" + Uri.EscapeDataString(Path.GetFileName(path.Trim()));
        return UrlOf(path)!;
    }
}
