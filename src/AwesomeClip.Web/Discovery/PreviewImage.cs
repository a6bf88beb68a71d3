namespace AwesomeClip.Web.Discovery;

/// <summary>The image a link preview shows: the site's own path to it, its size when known, what it shows.</summary>
public sealed record PreviewImage(string Path, int? Width, int? Height, string Alt);
