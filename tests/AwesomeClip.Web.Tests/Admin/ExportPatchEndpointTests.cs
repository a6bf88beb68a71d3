using System.Net;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>The admin overview offers the catalog's changes as a patch and a pull request description; each test has its own catalog.</summary>
public sealed class ExportPatchEndpointTests : IDisposable
{
    private readonly AppFactory factory = new() { Settings = { ["Seed:ListPath"] = TestLists.Table } };

    [Fact]
    public async Task ShouldSayThereIsNothingToSendRightAfterTheImport()
    {
        var editor = factory.CreateEditorClient();

        Assert.Contains("None: the export is the list as it was last imported.", await editor.GetStringAsync("/admin", TestContext.Current.CancellationToken));
        var response = await editor.GetAsync("/admin/export.patch", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("No changes since the last import.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldOfferThePatchAndTheDescriptionOfAnEdit()
    {
        await RenameAsync("Slow but Sure Retrieval", "Slow but Sure Retrieval, Revised");
        var editor = factory.CreateEditorClient();

        var page = await editor.GetStringAsync("/admin", TestContext.Current.CancellationToken);
        var patch = await editor.GetAsync("/admin/export.patch?path=lists/README.md", TestContext.Current.CancellationToken);

        Assert.Contains("+1 −1 lines", TestSupport.Html.Parse(page).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("action=\"/admin/export.patch\"", page);
        Assert.Contains("name=\"path\" value=\"README.md\"", page);
        Assert.Contains("Papers changed (1):\n- Slow but Sure Retrieval, Revised — Retrieval (title)", WebUtility.HtmlDecode(page));
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);
        Assert.Equal("text/x-diff", patch.Content.Headers.ContentType?.MediaType);
        Assert.Equal("README.patch", patch.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", patch.Headers.CacheControl?.ToString());
        var diff = await patch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("diff --git a/lists/README.md b/lists/README.md\n", diff);
        Assert.Contains("\n+| 2023 | CVPR Workshop | | [Slow but Sure Retrieval, Revised](https://example.org/slow) | video-text |\n", diff);
        var summary = await editor.GetAsync("/admin/export-summary.txt", TestContext.Current.CancellationToken);
        Assert.Equal("README-pull-request.txt", summary.Content.Headers.ContentDisposition?.FileName);
        Assert.StartsWith("Update the list: 1 paper changed\n", await summary.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldRefuseAPathOutsideTheRepositoryAndAnonymousCallers()
    {
        await RenameAsync("Captions Count", "Captions Count Twice");

        var outside = await factory.CreateEditorClient().GetAsync("/admin/export.patch?path=../../etc/passwd", TestContext.Current.CancellationToken);
        var anonymous = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin/export.patch", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("relative path", await outside.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private async Task RenameAsync(string title, string newTitle)
    {
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Papers.Where(p => p.Title == title).ExecuteUpdateAsync(s => s.SetProperty(p => p.Title, newTitle)));
    }

    public void Dispose() => factory.Dispose();
}
