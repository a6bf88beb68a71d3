using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// The one rule for a paper's links and title link, wherever they come from (an imported list, the editor) and wherever
/// they go (pages, the API, BibTeX): a plain absolute http(s) address (<see cref="HttpUrl"/>), or a file of the list's own
/// folder (<see cref="ListFiles.Normalize"/>, served under <c>/list/</c>). Nothing else is stored or written out as a link.
/// </summary>
public static class LinkUrl
{
    /// <summary>Null when <paramref name="url"/> may be stored, otherwise what is wrong with it.</summary>
    public static CoreMessage? Problem(string? url)
    {
        if (!string.IsNullOrWhiteSpace(url) && ListFiles.Normalize(url) is not null) return null;
        if (HttpUrl.Problem(url) is not { } problem) return null;
        return IsRelative(url)
            ? UrlMessages.Relative
            : problem;
    }

    public static bool IsAllowed(string? url) => Problem(url) is null;

    /// <summary>Allowed and absolute: a page of the web, not a file of the list.</summary>
    public static bool IsWeb(string? url) => HttpUrl.IsValid(url);

    private static bool IsRelative(string? url)
    {
        var u = url?.Trim() ?? "";
        return u.Length > 0 && !u.Contains(':', StringComparison.Ordinal) && !u.StartsWith("//", StringComparison.Ordinal) && !u.Any(char.IsWhiteSpace);
    }
}
