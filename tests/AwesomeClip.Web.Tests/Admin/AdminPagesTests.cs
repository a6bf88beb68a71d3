using System.Net;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>The admin pages over HTTP, signed in with <see cref="TestAuth"/>; each test changes different papers.</summary>
public sealed class AdminPagesTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly HttpClient editor = app.Factory.CreateEditorClient();

    public static TheoryData<string> Pages => new()
    {
        "/admin", "/admin/papers", "/admin/papers?trash=true", "/admin/papers/new", "/admin/papers/1", "/admin/papers/1/history",
        "/admin/categories", "/admin/history", "/admin/import", "/admin/suggestions",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ShouldRenderEveryAdminPageForAnEditor(string url)
    {
        var response = await editor.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("aria-label=\"Admin\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task ShouldRefuseAnonymousAndRolelessCallers(string url)
    {
        var anonymous = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var reader = app.Factory.CreateClient(new() { AllowAutoRedirect = false }).As("reader@example.org");

        var refused = await anonymous.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login", refused.Headers.Location?.PathAndQuery ?? refused.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldShowTheEditorWithItsLabelsAndTheSavedValues()
    {
        var html = await editor.GetStringAsync($"/admin/papers/{await PaperIdAsync("CLIPA: An Inverse Scaling Law for CLIP Training")}", TestContext.Current.CancellationToken);

        foreach (var label in new[] { "Title", "Year", "Category", "Abstract", "Commentary", "GitHub repository" })
            Assert.Matches($"<label for=\"[^\"]+\">{label}</label>", html);
        Assert.Contains("<legend>Links</legend>", html);
        Assert.Contains("<legend>Figure</legend>", html);
        Assert.Matches(">Save</button>", html);
        Assert.Contains("value=\"CLIPA: An Inverse Scaling Law for CLIP Training\"", html);
        Assert.Contains("value=\"UCSC-VLAA/CLIPA\"", html);
    }

    [Fact]
    public async Task ShouldShowTheNewPaperFormWithSave()
    {
        var html = await editor.GetStringAsync("/admin/papers/new", TestContext.Current.CancellationToken);

        Assert.Matches("<label for=\"paper-title\">Title</label>", html);
        Assert.Matches(">Save</button>", html);
        Assert.Contains("Choose a category…", html);
    }

    [Fact]
    public async Task ShouldFilterPapersByTextCategoryAndYear()
    {
        var html = await editor.GetStringAsync("/admin/papers?q=inverse+scaling&year=2023", TestContext.Current.CancellationToken);

        Assert.Contains("CLIPA: An Inverse Scaling Law for CLIP Training", html);
        Assert.DoesNotContain("EVA-CLIP", html);
        Assert.DoesNotContain("AltCLIP", html);
    }

    [Fact]
    public async Task ShouldShowAValidationErrorWhenACategoryIsPostedWithoutAName()
    {
        var before = await CategoryCountAsync();

        var response = await editor.PostFormAsync("/admin/categories", "create-category", ("Name", "   "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the category's name.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(before, await CategoryCountAsync());
    }

    [Fact]
    public async Task ShouldRefuseAPostWithoutAnAntiforgeryToken()
    {
        var response = await editor.PostAsync("/admin/categories", new FormUrlEncodedContent([new("_handler", "create-category"), new("Name", "Sneaky")]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.Factory.CreateDbContext();
        Assert.False(await db.Categories.AnyAsync(c => c.Name == "Sneaky", cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldCreateACategoryThatThePublicPagesShowAtOnce()
    {
        var response = await editor.PostFormAsync("/admin/categories", "create-category", ("Name", "Robotics & Embodied"));

        Assert.Contains("Category 'Robotics & Embodied' was created.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Contains("href=\"/papers?category=robotics-embodied\"", await app.Client.GetStringAsync("/papers", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldShowAnEditOnThePublicPaperPageAtOnce()
    {
        var id = await PaperIdAsync("EVA-CLIP: Improved Training Techniques for CLIP at Scale");
        var papers = app.Factory.Get<PaperEditor>();
        var loaded = (await papers.LoadAsync(id, TestContext.Current.CancellationToken))!;
        loaded.Form.Title = "EVA-CLIP: Improved Training Techniques for CLIP at Scale (edited)";
        loaded.Form.Commentary = "值得一读";

        Assert.IsType<PaperSaved>(await papers.UpdateAsync(id, loaded.Form, "editor@example.org", ct: TestContext.Current.CancellationToken));

        var html = await app.Client.GetStringAsync($"/papers/{id}", TestContext.Current.CancellationToken);
        Assert.Contains("EVA-CLIP: Improved Training Techniques for CLIP at Scale (edited)", html);
        Assert.Contains("值得一读", html);
        var history = await editor.GetStringAsync($"/admin/papers/{id}/history", TestContext.Current.CancellationToken);
        Assert.Contains("editor@example.org", history);
        Assert.Contains("title, commentary changed", history);
    }

    [Fact]
    public async Task ShouldRevertFromTheHistoryPage()
    {
        var id = await PaperIdAsync("Chinese CLIP: Contrastive Vision-Language Pretraining in Chinese");
        var papers = app.Factory.Get<PaperEditor>();
        var loaded = (await papers.LoadAsync(id, TestContext.Current.CancellationToken))!;
        loaded.Form.Title = "Chinese CLIP (typo)";
        await papers.UpdateAsync(id, loaded.Form, "someone", ct: TestContext.Current.CancellationToken);
        int revision;
        await using (var db = app.Factory.CreateDbContext())
            revision = await db.PaperRevisions.Where(r => r.PaperId == id).MaxAsync(r => r.Id, cancellationToken: TestContext.Current.CancellationToken);

        var response = await editor.PostFormAsync($"/admin/papers/{id}/history", "revert", ("RevisionId", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains($"Reverted revision #{revision}", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Chinese CLIP: Contrastive Vision-Language Pretraining in Chinese", await app.Client.GetStringAsync($"/papers/{id}", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldMoveToTheTrashAndRestoreFromTheTrashPage()
    {
        var id = await PaperIdAsync("AltCLIP: Altering the Language Encoder in CLIP for Extended Language Capabilities");
        Assert.True((await app.Factory.Get<PaperEditor>().MoveToTrashAsync(id, "editor@example.org", TestContext.Current.CancellationToken)).Succeeded);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/papers/{id}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains("AltCLIP", await editor.GetStringAsync("/admin/papers?trash=true", TestContext.Current.CancellationToken));

        var response = await editor.PostFormAsync("/admin/papers?trash=true", "paper-actions", ("Action", $"restore:{id}"));

        Assert.Contains("was restored", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync($"/papers/{id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldDownloadTheExportAsTheListItself()
    {
        var response = await editor.GetAsync("/admin/export.md", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("awesome-clip.md", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True((await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length > 50_000);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.GetAsync("/admin/export.md", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains("href=\"/admin/export.md\"", await editor.GetStringAsync("/admin", TestContext.Current.CancellationToken));
    }

    private async Task<int> CategoryCountAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        return await db.Categories.CountAsync();
    }

    private async Task<int> PaperIdAsync(string title)
    {
        await using var db = app.Factory.CreateDbContext();
        return await db.Papers.Where(p => p.Title == title).Select(p => p.Id).SingleAsync();
    }
}
