using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Catalog;

/// <summary>What <see cref="HttpUrl"/> and <see cref="LinkUrl"/> say about an address they refuse (ADR-037).</summary>
public static class UrlMessages
{
    private const string Area = "Catalog";

    public static readonly MessageTemplate Missing = new(Area, "url-missing", "Enter the link's URL.");
    public static readonly MessageTemplate TooLong = new(Area, "url-too-long", "The URL is longer than {0} characters.");
    public static readonly MessageTemplate Hidden = new(Area, "url-hidden-characters",
        "The URL contains spaces, invisible or control characters, or backslashes; write it without them.");
    public static readonly MessageTemplate NotAbsolute = new(Area, "url-not-absolute",
        "Use an absolute web address starting with http:// or https:// (javascript:, data: and relative URLs are not allowed).");
    public static readonly MessageTemplate Invalid = new(Area, "url-invalid", "This is not a valid web address.");
    public static readonly MessageTemplate Credentials = new(Area, "url-credentials", "Web addresses with a user name or password are not allowed.");
    public static readonly MessageTemplate Relative = new(Area, "url-relative",
        "Use an absolute web address starting with http:// or https://, or a figure, PDF or text file beside the list (./images/x.png); page-relative and other relative URLs are not allowed.");
}
