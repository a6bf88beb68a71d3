using System.Buffers.Binary;
using SkiaSharp;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>Images made for a test: real ones of a given size, and the hostile kinds (corrupt, a pixel bomb, too large).</summary>
public static class TestImages
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A PNG of <paramref name="width"/>×<paramref name="height"/>: a gradient, half transparent when <paramref name="alpha"/>.</summary>
    public static byte[] Png(int width, int height, bool alpha = false, byte shade = 0) =>
        Encode(width, height, alpha, SKEncodedImageFormat.Png, shade);

    public static byte[] Jpeg(int width, int height, byte shade = 0) => Encode(width, height, false, SKEncodedImageFormat.Jpeg, shade);

    /// <summary>A JPEG whose EXIF says it is shown rotated (6: turned 90° clockwise, so it is shown <paramref name="height"/> wide).</summary>
    public static byte[] JpegWithOrientation(int width, int height, ushort orientation)
    {
        var jpeg = Jpeg(width, height);
        // APP1 "Exif\0\0", a big-endian TIFF header, one IFD with one entry: Orientation (0x0112), SHORT, 1 value.
        byte[] tiff = [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0, 0, 0, 0, 0];
        var app1 = new byte[2 + 2 + 6 + tiff.Length];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(app1.Length - 2));
        "Exif\0\0"u8.CopyTo(app1.AsSpan(4));
        tiff.CopyTo(app1, 10);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>A PNG whose signature and header are right (so every check lets it through) and whose pixel data is noise.</summary>
    public static byte[] CorruptPng(int width = 400, int height = 300)
    {
        var png = Png(width, height);
        var idat = png.AsSpan().IndexOf("IDAT"u8);
        var noise = png.ToArray();
        new Random(7).NextBytes(noise.AsSpan(idat + 4, Math.Min(200, noise.Length - idat - 20)));
        return noise;
    }

    /// <summary>A small file whose PNG header declares <paramref name="width"/>×<paramref name="height"/> pixels (a decompression bomb).</summary>
    public static byte[] PixelBomb(int width, int height)
    {
        var png = Png(8, 8);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16), (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20), (uint)height);
        return png;
    }

    /// <summary>A real PNG padded past <paramref name="bytes"/> with a private chunk (still a valid image).</summary>
    public static byte[] PngLargerThan(long bytes)
    {
        var png = Png(64, 48);
        var padding = (int)(bytes - png.Length + 1);
        var chunk = new byte[12 + padding];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)padding);
        "prVt"u8.CopyTo(chunk.AsSpan(4));
        var iend = png.Length - 12;
        return [.. png[..iend], .. chunk, .. png[iend..]];
    }

    public static bool IsPng(byte[] data) => data.AsSpan().StartsWith(PngSignature);

    /// <summary>Width and height of an encoded image, as Skia reads them.</summary>
    public static (int Width, int Height) SizeOf(byte[] data)
    {
        var info = SKBitmap.DecodeBounds(data);
        return (info.Width, info.Height);
    }

    private static byte[] Encode(int width, int height, bool alpha, SKEncodedImageFormat format, byte shade)
    {
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = (y * width + x) * 4;
                pixels[at] = (byte)(x * 255 / width);
                pixels[at + 1] = (byte)(y * 255 / height);
                pixels[at + 2] = shade;
                pixels[at + 3] = alpha && x < width / 2 ? (byte)80 : (byte)255;
            }
        }
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, alpha ? SKAlphaType.Unpremul : SKAlphaType.Opaque);
        using var image = SKImage.FromPixelCopy(info, pixels);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
