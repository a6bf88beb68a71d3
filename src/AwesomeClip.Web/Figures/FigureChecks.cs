using System.Security.Cryptography;
using AwesomeClip.Core.Admin;

namespace AwesomeClip.Web.Figures;

/// <summary>
/// What a figure must pass before anything decodes it — the upload's checks (<see cref="FigureStore"/>: at most
/// <see cref="FigureStore.MaxBytes"/>, PNG, JPEG or WebP by content, <see cref="ImageSniffer"/>), then a bound on the
/// pixels its header declares (decompression bombs), then a header Skia can read. Imported and shipped figures too.
/// </summary>
public static class FigureChecks
{
    /// <summary>Why a file of <paramref name="length"/> bytes is not read at all; null when it may be.</summary>
    public static string? RefusalBySize(long length) =>
        length > FigureStore.MaxBytes ? $"it is larger than {FigureStore.MaxBytes / (1024 * 1024)} MB" : length == 0 ? "it is empty" : null;

    /// <summary>The image, or why it is shown as it is.</summary>
    public static (OriginalImage? Image, string? Refusal) Check(byte[] content, long maxPixels)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (RefusalBySize(content.Length) is { } bySize) return (null, bySize);
        if (ImageSniffer.Identify(content) is not { } sniffed) return (null, "it is not a PNG, JPEG or WebP image (by its content)");
        if ((long)sniffed.Width * sniffed.Height > maxPixels)
            return (null, $"it declares {sniffed.Width}×{sniffed.Height} pixels, more than Figures:MaxPixels ({maxPixels:N0})");
        if (FigureImaging.ReadHeader(content) is not { } header) return (null, "its header cannot be read");
        if (header.Pixels != (long)sniffed.Width * sniffed.Height) return (null, "its header disagrees with itself about its size");
        return (new OriginalImage(HashOf(content), header.Width, header.Height, header.HasAlpha), null);
    }

    /// <summary>The first 16 hex digits of the content's SHA-256: what the sizes of this content are kept and addressed under.</summary>
    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..16];
}
