using System.Buffers.Binary;

namespace AwesomeClip.Core.Admin;

public enum ImageFormat
{
    Png,
    Jpeg,
    WebP,
}

/// <summary>An image recognized by its content: format and the dimensions its header declares.</summary>
public sealed record ImageInfo(ImageFormat Format, int Width, int Height)
{
    public string Extension => Format switch
    {
        ImageFormat.Png => ".png",
        ImageFormat.Jpeg => ".jpg",
        _ => ".webp",
    };
}

/// <summary>
/// Recognizes PNG, JPEG and WebP by their signatures and reads the dimensions from their headers; anything else
/// (an executable, SVG or HTML renamed to .png, a truncated header, absurd dimensions) is not an image.
/// </summary>
public static class ImageSniffer
{
    public const int MaxDimension = 20_000;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageInfo? Identify(ReadOnlySpan<byte> data)
    {
        var info = Png(data) ?? Jpeg(data) ?? WebP(data);
        return info is { Width: > 0 and <= MaxDimension, Height: > 0 and <= MaxDimension } ? info : null;
    }

    private static ImageInfo? Png(ReadOnlySpan<byte> d)
    {
        // Signature, then the IHDR chunk first: length 13, "IHDR", width, height (big-endian).
        if (d.Length < 33 || !d[..8].SequenceEqual(PngSignature)) return null;
        if (BinaryPrimitives.ReadUInt32BigEndian(d[8..]) != 13 || !d[12..16].SequenceEqual("IHDR"u8)) return null;
        return new ImageInfo(ImageFormat.Png, (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(d[16..]), int.MaxValue), (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(d[20..]), int.MaxValue));
    }

    private static ImageInfo? Jpeg(ReadOnlySpan<byte> d)
    {
        if (d.Length < 4 || d[0] != 0xFF || d[1] != 0xD8 || d[2] != 0xFF) return null;
        var at = 2;
        while (at + 4 <= d.Length)
        {
            if (d[at] != 0xFF) return null;
            var marker = d[at + 1];
            if (marker == 0xFF) { at++; continue; } // fill byte
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7)) { at += 2; continue; } // no length
            if (marker is 0xD9 or 0xDA) return null; // end of image or scan data before any frame header
            var length = BinaryPrimitives.ReadUInt16BigEndian(d[(at + 2)..]);
            if (length < 2) return null;
            if (IsStartOfFrame(marker))
            {
                if (at + 9 > d.Length) return null;
                var height = BinaryPrimitives.ReadUInt16BigEndian(d[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(d[(at + 7)..]);
                return new ImageInfo(ImageFormat.Jpeg, width, height);
            }
            at += 2 + length;
        }
        return null;
    }

    private static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static ImageInfo? WebP(ReadOnlySpan<byte> d)
    {
        if (d.Length < 30 || !d[..4].SequenceEqual("RIFF"u8) || !d[8..12].SequenceEqual("WEBP"u8)) return null;
        var chunk = d[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Key frame start code 9D 01 2A, then 14-bit width and height.
            if (d[23] != 0x9D || d[24] != 0x01 || d[25] != 0x2A) return null;
            return new ImageInfo(ImageFormat.WebP, BinaryPrimitives.ReadUInt16LittleEndian(d[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(d[28..]) & 0x3FFF);
        }
        if (chunk.SequenceEqual("VP8L"u8))
        {
            if (d[20] != 0x2F) return null;
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(d[21..]);
            return new ImageInfo(ImageFormat.WebP, (int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
        {
            var width = d[24] | (d[25] << 8) | (d[26] << 16);
            var height = d[27] | (d[28] << 8) | (d[29] << 16);
            return new ImageInfo(ImageFormat.WebP, width + 1, height + 1);
        }
        return null;
    }
}
