using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>Import previews are bounded (one per user, a few in all) and a form over the limits says what the limit is.</summary>
public sealed partial class ImportLimitsTests(SharedApp app) : IClassFixture<SharedApp>
{
    [GeneratedRegex("name=\"PreviewKey\" value=\"(?<key>[0-9a-f]{32})\"")]
    private static partial Regex PreviewKey();

    [Fact]
    public async Task ShouldKeepOnlyTheLatestPreviewOfAUser()
    {
        var editor = app.Factory.CreateEditorClient($"previewer-{Guid.NewGuid():N}@example.org");
        var first = await PreviewAsync(editor, "first.md");
        var second = await PreviewAsync(editor, "second.md");

        var staleApply = WebUtility.HtmlDecode(await ApplyAsync(editor, first, "cancel-not"));

        Assert.Contains("was replaced by a newer preview", staleApply, StringComparison.Ordinal);
        Assert.Contains("Only your latest preview is kept", await editor.GetStringAsync("/admin/import", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Import cancelled", await ApplyAsync(editor, second, "cancel"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldKeepAtMostAFewPreviewsWhateverTheNumberOfUsersAndFiles()
    {
        var store = app.Factory.Get<ImportPreviewStore>();
        for (var user = 0; user < ImportPreviewStore.MaxPreviews + 2; user++)
        {
            var editor = app.Factory.CreateEditorClient($"many-{user}-{Guid.NewGuid():N}@example.org");
            for (var file = 0; file < 3; file++) await PreviewAsync(editor, $"list-{file}.md");
        }

        Assert.Equal(ImportPreviewStore.MaxPreviews, store.Count);
    }

    [Fact]
    public async Task ShouldSayWhatTheLimitIsWhenAnUploadIsTooLarge()
    {
        var editor = app.Factory.CreateEditorClient();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[11 * 1024 * 1024]), "File", "huge.md" } };

        var response = await editor.PostMultipartAsync("/admin/import", "import-upload", content);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 10 MB", body, StringComparison.Ordinal);
        Assert.DoesNotContain("antiforgery", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ShouldRefuseAListOverTheImportersLimitInTheImportersWords()
    {
        var editor = app.Factory.CreateEditorClient();
        using var content = new MultipartFormDataContent { { new ByteArrayContent(new byte[9 * 1024 * 1024]), "File", "big.md" } };

        var response = await editor.PostMultipartAsync("/admin/import", "import-upload", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("big.md is 9 MB; the list must be at most 8 MB.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldHandAPastedListOverFourMegabytesToTheImporter()
    {
        var editor = app.Factory.CreateEditorClient();
        var pasted = List() + "\n" + new string('x', 5 * 1024 * 1024) + "\n";

        var response = await editor.PostFormAsync("/admin/import", "import-upload", ("Markdown", pasted));
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("antiforgery", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Preview of <span translate=\"no\">pasted.md</span>", body, StringComparison.Ordinal);
    }

    private static string List() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed", "awesome-clip.md"));

    private static async Task<string> PreviewAsync(HttpClient editor, string name)
    {
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(List())), "File", name } };
        var response = await editor.PostMultipartAsync("/admin/import", "import-upload", content);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"Preview of <span translate=\"no\">{name}</span>", html, StringComparison.Ordinal);
        return html;
    }

    private static async Task<string> ApplyAsync(HttpClient editor, string previewHtml, string decision)
    {
        var key = PreviewKey().Match(previewHtml).Groups["key"].Value;
        return await (await editor.PostFormAsync("/admin/import", "import-apply", ("PreviewKey", key), ("Decision", decision))).Content.ReadAsStringAsync();
    }
}
