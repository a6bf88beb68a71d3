using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Figures;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.Figures;

/// <summary>Uploaded figures are capped per maintainer, and the ones nothing references are removed on a schedule.</summary>
public sealed class FigureCleanupTests : IDisposable
{
    private readonly AppFactory app = new()
    {
        Settings =
        {
            ["Figures:UploadsPerUserPerDay"] = "3",
            ["Figures:UploadMegabytesPerUserPerDay"] = "1",
            ["Figures:SweepInterval"] = "00:00:01",
        },
    };

    private string Folder => app.Get<IOptions<StorageOptions>>().Value.FiguresDirectory;

    [Fact]
    public async Task ShouldCapUploadsPerMaintainerAndSayWhy()
    {
        var uploads = app.Get<FigureUploads>();

        for (var i = 0; i < 3; i++) Assert.True((await UploadAsync(uploads, "ada@example.org")).Succeeded);
        var fourth = await UploadAsync(uploads, "ada@example.org");
        var someoneElse = await UploadAsync(uploads, "bob@example.org");

        Assert.False(fourth.Succeeded);
        Assert.Contains("the most one maintainer may (3)", fourth.Error, StringComparison.Ordinal);
        Assert.True(someoneElse.Succeeded);
        Assert.Equal(4, Directory.GetFiles(Folder).Length);
    }

    [Fact]
    public async Task ShouldCapTheBytesAMaintainerUploads()
    {
        var big = new byte[900 * 1024];
        Png().CopyTo(big, 0);
        var uploads = app.Get<FigureUploads>();

        Assert.True((await uploads.SaveAsync("ada@example.org", new MemoryStream(big), big.Length, TestContext.Current.CancellationToken)).Succeeded);
        var second = await uploads.SaveAsync("ada@example.org", new MemoryStream(big), big.Length, TestContext.Current.CancellationToken);

        Assert.False(second.Succeeded);
        Assert.Contains("past 1 MB of figures in 24 hours", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldRemoveOldUnreferencedUploadsAndKeepTheRest()
    {
        var uploads = app.Get<FigureUploads>();
        var orphan = await UploadAsync(uploads, "ada@example.org");
        var fresh = await UploadAsync(uploads, "ada@example.org");
        var used = await UploadAsync(uploads, "ada@example.org");
        await using (var db = app.CreateDbContext())
        {
            var category = await db.Categories.Select(c => c.Id).FirstAsync(cancellationToken: TestContext.Current.CancellationToken);
            var saved = await app.Get<PaperEditor>().CreateAsync(new PaperForm { Title = $"Uses a figure {Guid.NewGuid():N}", CategoryId = category, Year = 2024, Figures = [used.Path!] }, "ada@example.org", TestContext.Current.CancellationToken);
            Assert.IsType<PaperSaved>(saved);
        }
        var twoDaysAgo = DateTime.UtcNow.AddDays(-2);
        File.SetLastWriteTimeUtc(FileOf(orphan), twoDaysAgo);
        File.SetLastWriteTimeUtc(FileOf(used), twoDaysAgo);

        var result = await app.Get<FigureSweeper>().SweepAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, result.Removed);
        Assert.False(File.Exists(FileOf(orphan)));
        Assert.True(File.Exists(FileOf(fresh)));
        Assert.True(File.Exists(FileOf(used)));
    }

    [Fact]
    public async Task ShouldSweepOnItsOwnSchedule()
    {
        var orphan = await UploadAsync(app.Get<FigureUploads>(), "ada@example.org");
        File.SetLastWriteTimeUtc(FileOf(orphan), DateTime.UtcNow.AddDays(-2));
        var swept = new TaskCompletionSource<SweepResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Get<FigureSweeper>().Swept += r => { if (r.Removed > 0) swept.TrySetResult(r); };

        await swept.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.False(File.Exists(FileOf(orphan)));
    }

    private string FileOf(FigureUpload upload) => Path.Combine(Folder, Path.GetFileName(upload.Path!));

    private static Task<FigureUpload> UploadAsync(FigureUploads uploads, string user)
    {
        var png = Png();
        return uploads.SaveAsync(user, new MemoryStream(png), png.Length);
    }

    private static byte[] Png() => File.ReadAllBytes(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seed", "images"), "*.png").OrderBy(f => new FileInfo(f).Length).First());

    public void Dispose() => app.Dispose();
}
