using System.Net;
using System.Text.RegularExpressions;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>Preview and apply a newer version of the list through /admin/import; each test starts from the shipped list.</summary>
public sealed partial class ImportPageTests : IDisposable
{
    private const string Clipa = "CLIPA: An Inverse Scaling Law for CLIP Training";
    private readonly AppFactory factory = new();
    private readonly HttpClient editor;

    public ImportPageTests() => editor = factory.CreateEditorClient();

    public void Dispose() => factory.Dispose();

    [GeneratedRegex("name=\"PreviewKey\" value=\"(?<key>[0-9a-f]{32})\"")]
    private static partial Regex PreviewKey();

    [Fact]
    public async Task ShouldPreviewAnUploadedFileAndApplyIt()
    {
        var html = await PreviewUploadAsync(List().Replace(Clipa, Clipa + " (NeurIPS 2023)", StringComparison.Ordinal));

        Assert.Contains("Preview of <span translate=\"no\">awesome-clip.md</span>", html);
        Assert.Contains("0 added, 1 changed", html);
        Assert.Contains("(NeurIPS 2023)", html);
        Assert.Equal(Clipa, await TitleAsync());

        var applied = await ApplyAsync(html, ("Decision", "apply"));

        Assert.Contains("Applied awesome-clip.md: 0 added, 1 changed, 0 removed.", WebUtility.HtmlDecode(applied));
        Assert.Equal(Clipa + " (NeurIPS 2023)", await TitleAsync());
    }

    [Fact]
    public async Task ShouldPreviewPastedMarkdown()
    {
        var token = await editor.TokenAsync("/admin/import");
        var response = await editor.PostAsync("/admin/import", new FormUrlEncodedContent(
            [new("_handler", "import-upload"), new("__RequestVerificationToken", token), new("Markdown", List().Replace(Clipa, "CLIPA renamed", StringComparison.Ordinal))]), TestContext.Current.CancellationToken);

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Preview of <span translate=\"no\">pasted.md</span>", html);
        Assert.Contains("CLIPA renamed", html);
    }

    [Fact]
    public async Task ShouldChangeNothingWhenCancelled()
    {
        var html = await PreviewUploadAsync(List().Replace(Clipa, "Cancelled title", StringComparison.Ordinal));

        var cancelled = await ApplyAsync(html, ("Decision", "cancel"));

        Assert.Contains("Import cancelled; nothing was changed.", cancelled);
        Assert.Equal(Clipa, await TitleAsync());
        Assert.Contains("or was already applied", WebUtility.HtmlDecode(await ApplyAsync(html, ("Decision", "apply"))));
    }

    [Fact]
    public async Task ShouldRefuseAStalePreviewWithAClearMessage()
    {
        var html = await PreviewUploadAsync(List().Replace(Clipa, "Stale title", StringComparison.Ordinal));
        await EditAsync(f => f.Commentary = "edited meanwhile");

        var applied = WebUtility.HtmlDecode(await ApplyAsync(html, ("Decision", "apply")));

        Assert.Contains("The catalog changed after this preview was made", applied);
        Assert.Equal(Clipa, await TitleAsync());
    }

    [Fact]
    public async Task ShouldAskForAChoiceOnEachConflictAndApplyIt()
    {
        var id = await EditAsync(f => f.Title = Clipa + " (mine)");
        var html = await PreviewUploadAsync(List().Replace(Clipa, Clipa + " (theirs)", StringComparison.Ordinal));
        Assert.Contains("Conflicts", html);
        Assert.Contains($"name=\"conflict-{id}-Title\" value=\"mine\"", html);
        Assert.Contains("Take theirs", html);

        var unresolved = WebUtility.HtmlDecode(await ApplyAsync(html, ("Decision", "apply")));
        Assert.Contains("Choose Keep mine or Take theirs for every conflict", unresolved);
        Assert.Equal(Clipa + " (mine)", await TitleAsync(id));

        var applied = WebUtility.HtmlDecode(await ApplyAsync(unresolved, ("Decision", "apply"), ($"conflict-{id}-Title", "theirs")));
        Assert.Contains("Applied", applied);
        Assert.Equal(Clipa + " (theirs)", await TitleAsync(id));
    }

    [Fact]
    public async Task ShouldExplainWhyAFileIsRefused()
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent("# Not the list\n\nJust text."u8.ToArray()), "File", "notes.md" } };

        var html = WebUtility.HtmlDecode(await (await editor.PostMultipartAsync("/admin/import", "import-upload", content)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("notes.md holds no entries", html);
    }

    [Fact]
    public async Task ShouldPreviewInChineseForAChineseMaintainer()
    {
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var unbold = List().Replace($"**{Clipa}**", Clipa, StringComparison.Ordinal);

        var html = WebUtility.HtmlDecode(await PreviewUploadAsync(unbold.Replace(Clipa, Clipa + " (NeurIPS 2023)", StringComparison.Ordinal)));

        Assert.Contains("新增 0，修改 1，", html);
        Assert.Contains($"标题“{Clipa}”没有加粗", html);
        Assert.Contains("”（第 95 行）使用", html);
        Assert.DoesNotContain("is not bold", html);
    }

    [Fact]
    public async Task ShouldExplainWhyAFileIsRefusedInChinese()
    {
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        using var content = new MultipartFormDataContent { { new ByteArrayContent([0x23, 0x20, 0xC3, 0x28]), "File", "broken.md" } };

        var html = WebUtility.HtmlDecode(await (await editor.PostMultipartAsync("/admin/import", "import-upload", content)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Contains("broken.md 不是 UTF-8 文本（偏移 2 处的字节无效）；请另存为 UTF-8 后重试。", html);
    }

    private static string List() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md"));

    private async Task<string> PreviewUploadAsync(string markdown)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(markdown)), "File", "awesome-clip.md" } };
        var response = await editor.PostMultipartAsync("/admin/import", "import-upload", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> ApplyAsync(string previewHtml, params (string Name, string Value)[] fields)
    {
        var key = PreviewKey().Match(previewHtml).Groups["key"].Value;
        var response = await editor.PostFormAsync("/admin/import", "import-apply", [("PreviewKey", key), .. fields]);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<int> EditAsync(Action<PaperForm> change)
    {
        var id = await IdAsync();
        var papers = factory.Get<PaperEditor>();
        var loaded = (await papers.LoadAsync(id))!;
        change(loaded.Form);
        Assert.IsType<PaperSaved>(await papers.UpdateAsync(id, loaded.Form, "editor"));
        return id;
    }

    private async Task<int> IdAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Papers.Where(p => p.Title.StartsWith("CLIPA: An Inverse")).Select(p => p.Id).SingleAsync();
    }

    private async Task<string> TitleAsync(int? id = null)
    {
        id ??= await IdAsync();
        await using var db = factory.CreateDbContext();
        return await db.Papers.Where(p => p.Id == id).Select(p => p.Title).SingleAsync();
    }
}
