using AwesomeClip.Web.Figures;
using ImageMagick;
using NetVips;

namespace AwesomeClip.Benchmarks.Figures;

/// <summary>
/// The same job in each library compared in ADR-030: from the encoded original, a copy of a given width (aspect kept)
/// encoded as WebP (quality 80) or JPEG (quality 85). SkiaSharp is the app's own code (<see cref="FigureImaging"/>).
/// </summary>
internal abstract class ImagingLibrary
{
    public abstract string Name { get; }

    public abstract string Package { get; }

    public abstract string Licence { get; }

    /// <summary>The native library's file under runtimes/linux-x64/native of the build output.</summary>
    public abstract string NativeFile { get; }

    public abstract byte[] Resize(byte[] original, int width, bool webp);

    public static IReadOnlyList<ImagingLibrary> All { get; } = [new Skia(), new Vips(), new Magick()];

    private sealed class Skia : ImagingLibrary
    {
        public override string Name => "SkiaSharp";

        public override string Package => "SkiaSharp " + typeof(SkiaSharp.SKBitmap).Assembly.GetName().Version?.ToString(3) + " + NativeAssets.Linux.NoDependencies";

        public override string Licence => "MIT (Skia: BSD-3-Clause)";

        public override string NativeFile => "libSkiaSharp.so";

        public override byte[] Resize(byte[] original, int width, bool webp) =>
            FigureImaging.Resize(original, width, webp ? SizedFormat.WebP : SizedFormat.Jpeg);
    }

    private sealed class Vips : ImagingLibrary
    {
        public Vips()
        {
            // The operation cache would keep decoded originals between figures; the app would turn it off too.
            Cache.Max = 0;
        }

        public override string Name => "NetVips";

        public override string Package => "NetVips " + typeof(NetVips.Image).Assembly.GetName().Version?.ToString(3) + " + NetVips.Native.linux-x64 (libvips " + NetVips.NetVips.Version(0) + "." + NetVips.NetVips.Version(1) + "." + NetVips.NetVips.Version(2) + ")";

        public override string Licence => "MIT binding; libvips LGPL-3.0-or-later";

        public override string NativeFile => "libvips.so.42";

        public override byte[] Resize(byte[] original, int width, bool webp)
        {
            // Shrink-on-load where the format has it (JPEG, WebP); size Down: never enlarge.
            using var image = NetVips.Image.ThumbnailBuffer(original, width, height: 100_000, size: Enums.Size.Down);
            return webp ? image.WebpsaveBuffer(q: 80) : image.JpegsaveBuffer(q: 85);
        }
    }

    private sealed class Magick : ImagingLibrary
    {
        public override string Name => "Magick.NET";

        public override string Package => "Magick.NET-Q8-x64 " + typeof(MagickImage).Assembly.GetName().Version?.ToString(3) + " (ImageMagick " + MagickNET.ImageMagickVersion.Split(' ').ElementAtOrDefault(1) + ")";

        public override string Licence => "Apache-2.0; ImageMagick licence (Apache-2.0 style)";

        public override string NativeFile => "Magick.Native-Q8-x64.dll.so";

        public override byte[] Resize(byte[] original, int width, bool webp)
        {
            using var image = new MagickImage(original);
            image.AutoOrient();
            if (image.Width > width) image.Resize((uint)width, 0);
            image.Format = webp ? MagickFormat.WebP : MagickFormat.Jpeg;
            image.Quality = webp ? 80u : 85u;
            return image.ToByteArray();
        }
    }
}
