using System.Net;
using System.Text;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Figures;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Admin;

public sealed class FigureUploadTests(SharedApp app) : IClassFixture<SharedApp>
{
    private static string Shipped(string name) => Path.Combine(AppContext.BaseDirectory, "seed", "images", name);

    [Fact]
    public async Task ShouldServeAnUploadedFigureAndShowItOnThePaperPage()
    {
        var png = await File.ReadAllBytesAsync(Shipped("CLIPA.png"), TestContext.Current.CancellationToken);
        var upload = await app.Factory.Get<FigureStore>().SaveAsync(new MemoryStream(png), TestContext.Current.CancellationToken);
        Assert.True(upload.Succeeded, upload.Error);
        var id = await PaperIdAsync();
        var papers = app.Factory.Get<PaperEditor>();
        var loaded = (await papers.LoadAsync(id, TestContext.Current.CancellationToken))!;
        loaded.Form.Figures = [upload.Path!];

        Assert.IsType<PaperSaved>(await papers.UpdateAsync(id, loaded.Form, "editor", ct: TestContext.Current.CancellationToken));

        var name = Path.GetFileName(upload.Path!);
        var response = await app.Client.GetAsync($"/figures/{name}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var page = Html.Parse(await app.Client.GetStringAsync($"/papers/{id}", TestContext.Current.CancellationToken));
        Assert.Equal($"/figures/{name}", page.QuerySelector("figure.paper-figure a")?.GetAttribute("href"));
        Assert.EndsWith($"/images/{name}.webp 480w, /figures/{FigureChecks.HashOf(png)}/800/images/{name}.webp 800w, /figures/{FigureChecks.HashOf(png)}/966/images/{name}.webp 966w",
            page.QuerySelector("figure.paper-figure source")?.GetAttribute("srcset"));
        Assert.True(File.Exists(Path.Combine(app.Factory.DataDirectory, "figures", name)));
    }

    [Fact]
    public async Task ShouldWriteTheUploadedFigureIntoTheExportAsAListReference()
    {
        var upload = await app.Factory.Get<FigureStore>().SaveAsync(new MemoryStream(await File.ReadAllBytesAsync(Shipped("CLIP-Adapter.jpg"), TestContext.Current.CancellationToken)), TestContext.Current.CancellationToken);
        var papers = app.Factory.Get<PaperEditor>();
        var form = papers.NewForm(await CategoryIdAsync());
        form.Title = "A paper with an uploaded figure";
        form.Figures = [upload.Path!];
        Assert.IsType<PaperSaved>(await papers.CreateAsync(form, "editor", TestContext.Current.CancellationToken));

        var markdown = await app.Factory.CreateEditorClient().GetStringAsync("/admin/export.md", TestContext.Current.CancellationToken);

        Assert.Contains($"<img src=\"{upload.Path}\"", markdown);
    }

    [Fact]
    public async Task ShouldRefuseAFakeImageAndAnOversizedOne()
    {
        var store = app.Factory.Get<FigureStore>();
        var html = await store.SaveAsync(new MemoryStream(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")), TestContext.Current.CancellationToken);
        var big = new byte[FigureStore.MaxBytes + 1];
        (await File.ReadAllBytesAsync(Shipped("CLIPA.png"), TestContext.Current.CancellationToken)).CopyTo(big, 0);
        var oversized = await store.SaveAsync(new MemoryStream(big), TestContext.Current.CancellationToken);

        Assert.Equal(FigureStore.NotAnImage, html.Error);
        Assert.Equal(FigureStore.TooLarge, oversized.Error);
    }

    private async Task<int> PaperIdAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        return await db.Papers.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    private async Task<int> CategoryIdAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        return await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
    }
}
