using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Web;

public static class SafeUrl
{
    /// <summary>
    /// Only plain absolute http(s) addresses become links (<see cref="LinkUrl.IsWeb"/>, the rule the importer and editor
    /// store by); javascript:, data:, relative URLs and addresses with credentials stay text.
    /// </summary>
    public static bool IsHttp(string? url) => LinkUrl.IsWeb(url);
}
