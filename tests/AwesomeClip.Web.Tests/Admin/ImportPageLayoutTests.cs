using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>/admin/import with lists of other layouts: how each section was read, what was not imported, and a layout file upload.</summary>
public sealed partial class ImportPageLayoutTests : IDisposable
{
    private readonly AppFactory factory = new() { Settings = { ["Seed:ListPath"] = TestLists.Bullets } };
    private readonly HttpClient editor;

    public ImportPageLayoutTests() => editor = factory.CreateEditorClient();

    public void Dispose() => factory.Dispose();

    [GeneratedRegex("name=\"PreviewKey\" value=\"(?<key>[0-9a-f]{32})\"")]
    private static partial Regex PreviewKey();

    [Fact]
    public async Task ShouldShowHowEachSectionWasReadWithItsColumns()
    {
        var page = Html.Parse(await PreviewAsync(await File.ReadAllTextAsync(TestLists.Table, TestContext.Current.CancellationToken)));

        var summary = page.QuerySelector(".import-sections summary")!.Text();
        Assert.Equal("How the list was read: 2 categories, 1 item(s) not imported", summary);
        var rows = page.QuerySelectorAll(".import-sections tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.Text()).ToList()).ToList();
        Assert.Equal(["1", "Retrieval Papers Table", "the list's title"], rows[0]);
        Assert.Equal("Retrieval", rows[1][1]);
        Assert.StartsWith("2 entries as table rows", rows[1][2], StringComparison.Ordinal);
        Assert.Contains("columns: Year → year, Venue → venue, Code → code, Title → title, Task → other", rows[1][2]);
        Assert.Contains("columns: Date → date, Title → title, Authors → authors, Venue → venue, Figure → figure", rows[2][2]);
    }

    [Fact]
    public async Task ShouldListWhatWasNotImportedWithItsLine()
    {
        var page = Html.Parse(await PreviewAsync(await File.ReadAllTextAsync(TestLists.Bullets, TestContext.Current.CancellationToken) + "\n"));

        Assert.True(page.QuerySelector(".import-sections")!.HasAttribute("open"));
        Assert.Equal([
            "line 17: skipped: 'Tiny Boxes Everywhere': the link 'page' (./citations/page.html) was not imported: Use an absolute web address starting with http:// or https://, or a figure, PDF or text file beside the list (./images/x.png); page-relative and other relative URLs are not allowed.",
            "line 37: skipped: 'Our Own Tooling Paper' was not imported: section 'Contributing' is about the list (contributing, license, citation…), not part of it",
        ], page.Texts(".import-sections h3 + ul li"));
    }

    [Fact]
    public async Task ShouldReadTheUploadWithTheUploadedLayoutFile()
    {
        var html = await PreviewAsync(await File.ReadAllTextAsync(TestLists.Table, TestContext.Current.CancellationToken), """{ "sections": [ { "match": "Captioning", "import": false } ] }""");
        var page = Html.Parse(html);

        Assert.Contains(page.QuerySelectorAll(".import-sections tbody tr"), r => r.Text().StartsWith("13 Captioning left out by the layout file", StringComparison.Ordinal));
        Assert.Equal("2 papers in 1 categories, 1 links, 0 figures.", page.QuerySelector(".import-preview > p.counts")!.Text());

        var applied = WebUtility.HtmlDecode(await ApplyAsync(html));

        Assert.Contains("Applied README.md: 2 added, 0 changed, 6 removed.", applied);
        await using var db = factory.CreateDbContext();
        Assert.Equal(["Fast Retrieval of Everything", "Slow but Sure Retrieval"], await db.Papers.Where(p => p.DeletedAt == null).OrderBy(p => p.Title).Select(p => p.Title).ToListAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains("Captioning", await db.SourceDocuments.OrderByDescending(d => d.Id).Select(d => d.Layout).FirstAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("{ \"sections\": ", "The layout file awesomeclip.json is not valid JSON")]
    [InlineData("""{ "columns": { "Task": "summary" } }""", "The layout file awesomeclip.json columns[\"Task\"] must be one of")]
    public async Task ShouldRefuseAMalformedLayoutFileAndPreviewNothing(string json, string message)
    {
        var html = WebUtility.HtmlDecode(await PreviewAsync(await File.ReadAllTextAsync(TestLists.Table, TestContext.Current.CancellationToken), json));

        Assert.Contains(message, html);
        Assert.Contains("nothing was imported", html);
        Assert.DoesNotContain("Preview of", html);
        await using var db = factory.CreateDbContext();
        Assert.Equal(6, await db.Papers.CountAsync(p => p.DeletedAt == null, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldExplainAListWithNoEntriesAndShowWhatItReadAndDidNotTake()
    {
        const string markdown = "# Notes\n\n## Contributing\n\n- [Our Own Tooling Paper](https://example.org/tooling), Ada Lovelace, CVPR 2020\n";

        var page = Html.Parse(await PreviewAsync(markdown));

        Assert.Contains("upload.md holds no entries", page.QuerySelector(".notice")!.Text());
        Assert.Contains(page.Texts(".import-refused li"), l => l.StartsWith("line 5: skipped: 'Our Own Tooling Paper' was not imported", StringComparison.Ordinal));
    }

    private async Task<string> PreviewAsync(string markdown, string? layout = null)
    {
        using var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(markdown)), "File", markdown.StartsWith("# Notes", StringComparison.Ordinal) ? "upload.md" : "README.md" },
        };
        if (layout is not null) content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(layout)), "Layout", "awesomeclip.json");
        var response = await editor.PostMultipartAsync("/admin/import", "import-upload", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> ApplyAsync(string previewHtml)
    {
        var key = PreviewKey().Match(previewHtml).Groups["key"].Value;
        var response = await editor.PostFormAsync("/admin/import", "import-apply", ("PreviewKey", key), ("Decision", "apply"));
        return await response.Content.ReadAsStringAsync();
    }
}
