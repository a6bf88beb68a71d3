using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Figures;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Figures;

public sealed class FigureImagingTests
{
    [Theory]
    [InlineData(SizedFormat.WebP)]
    [InlineData(SizedFormat.Jpeg)]
    [InlineData(SizedFormat.Png)]
    public void ShouldMakeACopyOfTheWidthAskedForKeepingTheAspectRatio(SizedFormat format)
    {
        var sized = FigureImaging.Resize(TestImages.Png(1280, 737), 320, format);

        Assert.Equal((320, 184), TestImages.SizeOf(sized));
        Assert.Equal(format, ImageSniffer.Identify(sized)?.Format switch
        {
            ImageFormat.WebP => SizedFormat.WebP,
            ImageFormat.Jpeg => SizedFormat.Jpeg,
            _ => SizedFormat.Png,
        });
    }

    [Fact]
    public void ShouldDecodeALargeJpegAtAReducedScaleAndStillGiveTheExactWidth()
    {
        var sized = FigureImaging.Resize(TestImages.Jpeg(2400, 1600), 160, SizedFormat.WebP);

        Assert.Equal((160, 107), TestImages.SizeOf(sized));
    }

    [Fact]
    public void ShouldShowAJpegTheWayItsExifOrientationSays()
    {
        var rotated = TestImages.JpegWithOrientation(600, 400, orientation: 6);

        var header = FigureImaging.ReadHeader(rotated);
        var sized = FigureImaging.Resize(rotated, 200, SizedFormat.Jpeg);

        Assert.Equal(new ImageHeader(400, 600, HasAlpha: false, Pixels: 240_000), header);
        Assert.Equal((200, 300), TestImages.SizeOf(sized));
    }

    [Fact]
    public void ShouldKeepTransparencyInPng()
    {
        var header = FigureImaging.ReadHeader(TestImages.Png(300, 200, alpha: true));

        Assert.True(header!.HasAlpha);
        Assert.False(FigureImaging.ReadHeader(TestImages.Png(300, 200))!.HasAlpha);
    }

    [Fact]
    public void ShouldRefuseToResizeAFigureWhosePixelsDoNotDecode()
    {
        var corrupt = TestImages.CorruptPng();

        var e = Assert.Throws<FigureDecodeException>(() => FigureImaging.Resize(corrupt, 160, SizedFormat.WebP));
        Assert.Contains("decode", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1280, new[] { 160, 320 }, new[] { 480, 800, 1280 })]
    [InlineData(2370, new[] { 160, 320 }, new[] { 480, 800, 1280 })]
    [InlineData(464, new[] { 160, 320 }, new[] { 464 })]
    [InlineData(200, new[] { 160, 200 }, new[] { 200 })]
    [InlineData(100, new[] { 100 }, new[] { 100 })]
    public void ShouldNeverMakeASizeWiderThanTheOriginal(int original, int[] thumbnail, int[] medium)
    {
        Assert.Equal(thumbnail, FigureSizes.Widths(FigureSize.Thumbnail, original));
        Assert.Equal(medium, FigureSizes.Widths(FigureSize.Medium, original));
        Assert.Equal(thumbnail.Concat(medium).ToHashSet(), FigureSizes.AllWidths(original));
    }

    [Fact]
    public void ShouldLetThroughOnlyImagesWithinTheUploadLimitsAndThePixelBound()
    {
        var (image, _) = FigureChecks.Check(TestImages.Png(640, 480, alpha: true), maxPixels: 25_000_000);

        Assert.Equal(new OriginalImage(FigureChecks.HashOf(TestImages.Png(640, 480, alpha: true)), 640, 480, HasAlpha: true), image);
        Assert.Equal(SizedFormat.Png, image!.Fallback);
        Assert.Contains("more than Figures:MaxPixels", FigureChecks.Check(TestImages.PixelBomb(10_000, 10_000), 25_000_000).Refusal);
        Assert.Contains("larger than 5 MB", FigureChecks.Check(TestImages.PngLargerThan(FigureStore.MaxBytes), 25_000_000).Refusal);
        Assert.Contains("not a PNG, JPEG or WebP", FigureChecks.Check("<svg onload=alert(1)>"u8.ToArray(), 25_000_000).Refusal);
        Assert.Equal(SizedFormat.Jpeg, FigureChecks.Check(TestImages.Jpeg(64, 48), 25_000_000).Image!.Fallback);
    }
}
