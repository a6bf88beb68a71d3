using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Hosting;

/// <summary>Absolute URLs of this site: from <see cref="PublicUrlOptions.PublicBaseUrl"/>, else from the request's (allowed, well-formed) Host.</summary>
public sealed class PublicUrls(IOptions<PublicUrlOptions> options)
{
    /// <summary>The site's base URL, ending in '/'. The scheme is http or https only, whatever X-Forwarded-Proto said.</summary>
    public Uri BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (options.Value.PublicBaseUrl is { } configured)
            return configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
        var scheme = request.IsHttps ? "https" : "http";
        return new Uri($"{scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/");
    }
}
