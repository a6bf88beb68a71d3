namespace AwesomeClip.Web;

public static class SafeUrl
{
    /// <summary>Only absolute http(s) URLs become links; javascript:, data: and relative URLs stay text.</summary>
    public static bool IsHttp(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
