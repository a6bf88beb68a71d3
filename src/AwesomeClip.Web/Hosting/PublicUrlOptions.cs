using System.ComponentModel.DataAnnotations;

namespace AwesomeClip.Web.Hosting;

/// <summary>Where the site is reachable (configuration section <c>Site</c>): the base of every absolute URL it writes.</summary>
public sealed record PublicUrlOptions : IValidatableObject
{
    public const string Section = "Site";

    /// <summary>
    /// The public base URL, e.g. <c>https://clip.example.org/</c>: feeds take absolute links from it. Unset, they are
    /// built from the request's Host, which then must be one of <c>AllowedHosts</c> (host filtering answers others 400).
    /// </summary>
    public Uri? PublicBaseUrl { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is { } url
            && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || url.UserInfo.Length > 0 || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            yield return new ValidationResult($"Site:PublicBaseUrl must be an absolute http(s) URL without user, query or fragment, e.g. https://clip.example.org/ (was '{url}').");
        }
    }
}
