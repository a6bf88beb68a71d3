using SkiaSharp;

namespace AwesomeClip.Web.Figures;

/// <summary>What a figure's header says: its size as shown (EXIF orientation applied) and whether it can be transparent.</summary>
public sealed record ImageHeader(int Width, int Height, bool HasAlpha, int Pixels);

/// <summary>
/// Decoding and resizing with SkiaSharp (ADR-030). Callers check size, format and pixel count first
/// (<see cref="FigureChecks"/>); a figure that does not decode completely is an error here, never half a picture.
/// </summary>
public static class FigureImaging
{
    private const int WebPQuality = 80;
    private const int JpegQuality = 85;

    /// <summary>The header, read without decoding any pixel; null when Skia cannot read it.</summary>
    public static ImageHeader? ReadHeader(byte[] content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        var info = codec.Info;
        var (width, height) = SwapsAxes(codec.EncodedOrigin) ? (info.Height, info.Width) : (info.Width, info.Height);
        return new ImageHeader(width, height, info.AlphaType != SKAlphaType.Opaque, info.Width * info.Height);
    }

    /// <summary>A copy <paramref name="width"/> pixels wide (as shown), encoded as <paramref name="format"/>.</summary>
    /// <exception cref="FigureDecodeException">The figure cannot be decoded or encoded.</exception>
    public static byte[] Resize(byte[] content, int width, SizedFormat format)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data) ?? throw new FigureDecodeException("its header cannot be read");
        var origin = codec.EncodedOrigin;
        var raw = codec.Info;
        var swapped = SwapsAxes(origin);
        var (shownWidth, shownHeight) = swapped ? (raw.Height, raw.Width) : (raw.Width, raw.Height);
        var height = FigureSizes.HeightAt(width, shownWidth, shownHeight);
        var (targetWidth, targetHeight) = swapped ? (height, width) : (width, height);

        using var decoded = Decode(codec, targetWidth, targetHeight);
        using var resized = Shrink(decoded, targetWidth, targetHeight);
        using var shown = origin == SKEncodedOrigin.TopLeft ? null : Orient(resized, origin, width, height);
        return Encode(shown ?? resized, format);
    }

    private static bool SwapsAxes(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop
        or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>The whole image, or a JPEG decoded at the smallest of its scales (1/8 … 1) that is still at least the target.</summary>
    private static SKBitmap Decode(SKCodec codec, int targetWidth, int targetHeight)
    {
        var size = codec.Info.Size;
        if (codec.EncodedFormat == SKEncodedImageFormat.Jpeg)
        {
            var scaled = codec.GetScaledDimensions((float)targetWidth / size.Width);
            if (scaled.Width >= targetWidth && scaled.Height >= targetHeight) size = scaled;
        }
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha);
        var bitmap = new SKBitmap();
        try
        {
            if (!bitmap.TryAllocPixels(info)) throw new FigureDecodeException($"no memory for {size.Width}×{size.Height} pixels");
            var result = codec.GetPixels(info, bitmap.GetPixels());
            if (result != SKCodecResult.Success) throw new FigureDecodeException($"its pixels do not decode ({result})");
            return bitmap;
        }
        catch
        {
            bitmap.Dispose();
            throw;
        }
    }

    /// <summary>Halves with a linear filter while that stays above the target (a box filter), then a Mitchell cubic to the exact size.</summary>
    private static SKBitmap Shrink(SKBitmap source, int width, int height)
    {
        SKBitmap? halved = null;
        try
        {
            while ((halved ?? source) is { } current && current.Width / 2 >= width && current.Height / 2 >= height)
            {
                var half = current.Resize(new SKImageInfo(current.Width / 2, current.Height / 2, current.ColorType, current.AlphaType), new SKSamplingOptions(SKFilterMode.Linear))
                    ?? throw new FigureDecodeException("it cannot be resized");
                halved?.Dispose();
                halved = half;
            }
            var last = halved ?? source;
            var result = last.Width == width && last.Height == height
                ? last.Copy()
                : last.Resize(new SKImageInfo(width, height, last.ColorType, last.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
            return result ?? throw new FigureDecodeException("it cannot be resized");
        }
        finally
        {
            halved?.Dispose();
        }
    }

    /// <summary>Turns the pixels as stored into the picture as shown (Skia's SkEncodedOriginToMatrix).</summary>
    private static SKBitmap Orient(SKBitmap stored, SKEncodedOrigin origin, int width, int height)
    {
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, width, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, width, -1, 0, height, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, height, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var shown = new SKBitmap(new SKImageInfo(width, height, stored.ColorType, stored.AlphaType));
        using var canvas = new SKCanvas(shown);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(stored, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        canvas.Flush();
        return shown;
    }

    private static byte[] Encode(SKBitmap bitmap, SizedFormat format)
    {
        using var pixmap = bitmap.PeekPixels() ?? throw new FigureDecodeException("its pixels cannot be read");
        using var encoded = format switch
        {
            SizedFormat.WebP => pixmap.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, WebPQuality)),
            SizedFormat.Jpeg => pixmap.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
            _ => pixmap.Encode(SKPngEncoderOptions.Default),
        };
        return encoded?.ToArray() ?? throw new FigureDecodeException($"it cannot be encoded as {format}");
    }
}

/// <summary>A figure that passed the checks but cannot be decoded (or its copy encoded); the message says why.</summary>
public sealed class FigureDecodeException(string message) : Exception(message);
