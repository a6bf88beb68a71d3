using System.Text.RegularExpressions;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Suggestions;

/// <summary>
/// What the reader's URL field says: a web address that passes the editor's link rule (<see cref="LinkUrl.IsWeb"/>), or
/// an arXiv id typed instead of a link (<c>2103.00020</c>, <c>arXiv:2103.00020v2</c>), read as its abs/ page. From the
/// text alone it derives the arXiv id (<see cref="ArxivId"/>), the year that id was submitted, and a GitHub repository.
/// </summary>
public sealed partial record SuggestedUrl(string Url, string? ArxivId, int? Year, string? GithubRepo)
{
    [GeneratedRegex(@"^(?:arxiv\s*:?\s*)?(?<id>\d{4}\.\d{4,5})(?:v\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewStyleId();

    /// <summary>Old-style ids (hep-th/9901001) need the arXiv: prefix, or they read like a relative path.</summary>
    [GeneratedRegex(@"^arxiv\s*:\s*(?<id>[a-z][a-z.-]*/\d{7})(?:v\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OldStyleId();

    /// <summary>A host name and maybe a path, without a scheme: <c>github.com/openai/CLIP</c>.</summary>
    [GeneratedRegex(@"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:[/?#]\S*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BareHost();

    /// <summary>Reads the field; <paramref name="problem"/> says what is wrong when it returns null.</summary>
    public static SuggestedUrl? Read(string? text, out Messages.CoreMessage? problem)
    {
        problem = null;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            problem = SuggestionMessages.UrlMissing;
            return null;
        }
        if (value.Length > HttpUrl.MaxLength)
        {
            problem = UrlMessages.TooLong.With(HttpUrl.MaxLength);
            return null;
        }
        if (NewStyleId().Match(value) is { Success: true } id)
            return FromArxiv(id.Groups["id"].Value);
        if (OldStyleId().Match(value) is { Success: true } old)
            return new SuggestedUrl($"https://arxiv.org/abs/{old.Groups["id"].Value.ToLowerInvariant()}", null, null, null);
        if (BareHost().IsMatch(value)) value = "https://" + value;
        // The editor's rule: a reader's link is stored only if the editor could store it (and is a web page, not a list file).
        problem = HttpUrl.Problem(value) ?? LinkUrl.Problem(value);
        if (problem is not null) return null;
        Catalog.ArxivId.TryFromUrl(value, out var arxiv, out _);
        return new SuggestedUrl(value, arxiv, Catalog.ArxivId.Year(arxiv), Catalog.GithubRepo.FromRepositoryUrl(value));
    }

    private static SuggestedUrl FromArxiv(string id) => new($"https://arxiv.org/abs/{id}", id, Catalog.ArxivId.Year(id), null);
}
