using System.Text;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Admin;

public sealed class FigureStoreTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "awesomeclip-figures", Guid.NewGuid().ToString("N"));
    private readonly FigureStore store;

    public FigureStoreTests() => store = Editors.Figures(dataDirectory);

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
    }


    [Theory]
    [InlineData("CLIPA.png", ".png")]
    [InlineData("CLIP-Adapter.jpg", ".jpg")]
    public async Task ShouldStoreARealImageUnderAGeneratedName(string file, string extension)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "data", "images", file), TestContext.Current.CancellationToken);

        var upload = await store.SaveAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.True(upload.Succeeded, upload.Error);
        Assert.Matches(@"^\./images/[0-9a-f]{32}\" + extension + "$", upload.Path);
        Assert.True(FigureStore.IsGeneratedPath(upload.Path!));
        var stored = Path.Combine(dataDirectory, "figures", Path.GetFileName(upload.Path!));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(stored, TestContext.Current.CancellationToken));
        Assert.True(upload.Image!.Width > 0 && upload.Image.Height > 0);
    }

    [Fact]
    public async Task ShouldRecognizeWebPByItsHeader()
    {
        // RIFF....WEBPVP8L, signature 0x2F, 14-bit width-1 / height-1: 100 x 50.
        var bits = (100 - 1) | ((50 - 1) << 14);
        byte[] webp = [.. "RIFF"u8, 30, 0, 0, 0, .. "WEBPVP8L"u8, 10, 0, 0, 0, 0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0, 0, 0, 0, 0, 0];

        var upload = await store.SaveAsync(new MemoryStream(webp), TestContext.Current.CancellationToken);

        Assert.True(upload.Succeeded, upload.Error);
        Assert.EndsWith(".webp", upload.Path, StringComparison.Ordinal);
        Assert.Equal((100, 50), (upload.Image!.Width, upload.Image.Height));
    }

    public static TheoryData<string, byte[]> NotImages => new()
    {
        { "a Windows executable renamed to .png", [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, .. new byte[64]] },
        { "an SVG", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>") },
        { "HTML", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>") },
        { "a PNG signature followed by HTML", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")] },
        { "a truncated PNG header", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        { "a PNG claiming 0 x 0 pixels", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 0, 0, 0, 0, 0, 0, 8, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] },
        { "a JPEG marker with no frame", [0xFF, 0xD8, 0xFF, 0xD9] },
        { "a GIF", [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, .. new byte[32]] },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public async Task ShouldRefuseWhatIsNotAnImageWhateverItsName(string what, byte[] content)
    {
        var upload = await store.SaveAsync(new MemoryStream(content), TestContext.Current.CancellationToken);

        Assert.False(upload.Succeeded, what);
        Assert.Equal(FigureStore.NotAnImage, upload.Error);
        Assert.False(Directory.Exists(Path.Combine(dataDirectory, "figures")) && Directory.EnumerateFiles(Path.Combine(dataDirectory, "figures")).Any());
    }

    [Fact]
    public async Task ShouldRefuseAnImageLargerThan5MB()
    {
        var png = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "data", "images", "CLIPA.png"), TestContext.Current.CancellationToken);
        var big = new byte[FigureStore.MaxBytes + 1];
        png.CopyTo(big, 0);

        var upload = await store.SaveAsync(new MemoryStream(big), TestContext.Current.CancellationToken);

        Assert.Equal(FigureStore.TooLarge, upload.Error);
    }

    [Fact]
    public async Task ShouldAcceptAnImageOfExactly5MB()
    {
        var png = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "data", "images", "CLIPA.png"), TestContext.Current.CancellationToken);
        var max = new byte[FigureStore.MaxBytes];
        png.CopyTo(max, 0);

        Assert.True((await store.SaveAsync(new MemoryStream(max), TestContext.Current.CancellationToken)).Succeeded);
    }

    [Theory]
    [InlineData("./images/CLIPA.png")]
    [InlineData("./images/../catalog.db")]
    [InlineData("./images/0123456789abcdef0123456789abcdef.svg")]
    [InlineData("/etc/passwd")]
    public void ShouldOnlyCallItsOwnNamesGenerated(string path) => Assert.False(FigureStore.IsGeneratedPath(path));
}
