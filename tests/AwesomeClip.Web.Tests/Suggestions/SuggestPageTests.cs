using System.Net;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Suggestions;

/// <summary>The public "Suggest a paper" form over HTTP, without JavaScript; every test suggests a title of its own.</summary>
public sealed class SuggestPageTests(SharedApp app) : IClassFixture<SharedApp>
{
    private const string Clipa = "CLIPA: An Inverse Scaling Law for CLIP Training";

    private readonly HttpClient client = SignIn.AnonymousClient(app.Factory);

    [Fact]
    public async Task ShouldLinkTheFormFromEveryCategoryPageWithTheCategoryChosen()
    {
        foreach (var slug in new[] { "train", "video", "segmentation" })
        {
            var page = await Html.GetAsync(client, $"/papers?category={slug}");

            var link = page.QuerySelector(".suggest-link a")!;
            Assert.Equal($"/suggest?category={slug}", link.GetAttribute("href"));
            Assert.StartsWith("Suggest a paper for ", link.Text(), StringComparison.Ordinal);
            var form = await Html.GetAsync(client, link.GetAttribute("href")!);
            Assert.Equal(slug, form.QuerySelector("#suggest-category option[selected]")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task ShouldLinkTheFormFromTheFooterOfEveryPage()
    {
        var home = await Html.GetAsync(client, "/");

        Assert.NotNull(home.QuerySelector(".site-footer a[href='/suggest']"));
        Assert.Equal("", (await Html.GetAsync(client, "/suggest")).QuerySelector("#suggest-category option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ShouldLabelEveryFieldAndKeepTheHoneypotAwayFromPeople()
    {
        var page = await Html.GetAsync(client, "/suggest");

        foreach (var id in new[] { "suggest-title", "suggest-url", "suggest-category", "suggest-note", "suggest-contact" })
            Assert.NotNull(page.QuerySelector($"label[for={id}]"));
        var trap = page.QuerySelector("#suggest-subject")!;
        Assert.Equal(("-1", "off", ""), (trap.GetAttribute("tabindex"), trap.GetAttribute("autocomplete"), trap.GetAttribute("value")));
        Assert.Equal("Leave this field empty", page.QuerySelector("label[for=suggest-subject]")!.Text());
        Assert.Equal("trap", trap.ParentElement!.ClassName);
        Assert.Null(trap.GetAttribute("style"));
        Assert.Equal(["Check"], page.Texts("form.suggest-form button[type=submit]"));
    }

    [Fact]
    public async Task ShouldRefuseAPostWithoutTheAntiforgeryToken()
    {
        var fields = SuggestionForms.Fields("Forged suggestion", "2401.00001");
        fields["Input.Step"] = "send";

        var response = await Forms.PostWithoutFetchingAsync(client, "/suggest", "suggest", fields, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync("Forged suggestion"));
    }

    [Fact]
    public async Task ShouldShowWhatTheUrlGaveAndTheCatalogPaperItLooksLikeBeforeSending()
    {
        var (clipaId, arxiv) = await PaperAsync(Clipa);

        var page = await SuggestionForms.ParseAsync(await SuggestionForms.CheckAsync(client, SuggestionForms.Fields("Scaling laws, inverted", arxiv!)));

        var check = page.QuerySelector(".suggest-check")!;
        Assert.Equal("status", check.GetAttribute("role"));
        var derived = page.Texts(".suggest-derived dd");
        Assert.Contains(arxiv, derived);
        Assert.Contains("20" + arxiv![..2], derived);
        Assert.Contains($"https://arxiv.org/abs/{arxiv}", derived);
        var duplicate = check.QuerySelector(".notice-warning a")!;
        Assert.Equal(($"/papers/{clipaId}", Clipa), (duplicate.GetAttribute("href"), duplicate.Text()));
        Assert.Contains("same arXiv id", check.Text(), StringComparison.Ordinal);
        Assert.Equal(["Check again", "Send"], page.Texts("form.suggest-form button[type=submit]"));
        Assert.Equal(0, await CountAsync("Scaling laws, inverted"));
    }

    [Fact]
    public async Task ShouldStoreTheSuggestionOnSendAndSayNothingIsPublicYet()
    {
        var sent = await SuggestionForms.CheckAndSendAsync(client, SuggestionForms.Fields("A sent suggestion", "https://arxiv.org/abs/2401.00002", "video", "第一行\n第二行", "ada@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/suggest/sent?category=video", sent.Headers.Location!.PathAndQuery);
        var thanks = await Html.GetAsync(client, "/suggest/sent?category=video");
        Assert.Contains("Nothing you sent appears on the site unless an editor accepts it", thanks.Body!.Text(), StringComparison.Ordinal);
        Assert.Equal("/papers?category=video", thanks.QuerySelector(".suggest-page a[href^='/papers']")!.GetAttribute("href"));
        await using var db = app.Factory.CreateDbContext();
        var stored = await db.Suggestions.SingleAsync(s => s.Title == "A sent suggestion", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal((SuggestionState.Pending, "2401.00002", 2024, "第一行\n第二行", "ada@example.org"), (stored.State, stored.ArxivId, stored.Year, stored.Note, stored.Contact));
        Assert.Equal(await ListApp.CategoryIdAsync(app.Factory, "video"), stored.CategoryId);
    }

    [Fact]
    public async Task ShouldStoreTheSameFormOnceWhenItIsSentTwice()
    {
        var fields = SuggestionForms.Fields("Sent twice", "2401.00003");
        var checkedPage = await SuggestionForms.ParseAsync(await SuggestionForms.CheckAsync(client, fields));

        var first = await SuggestionForms.PostAsync(client, checkedPage, fields, "send");
        var second = await SuggestionForms.PostAsync(client, checkedPage, fields, "send");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(1, await CountAsync("Sent twice"));
    }

    [Fact]
    public async Task ShouldCheckInsteadOfSendingWhatChangedSinceTheCheck()
    {
        var fields = SuggestionForms.Fields("Changed after the check", "2401.00004");
        var checkedPage = await SuggestionForms.ParseAsync(await SuggestionForms.CheckAsync(client, fields));
        fields["Input.Title"] = Clipa;

        var page = await SuggestionForms.ParseAsync(await SuggestionForms.PostAsync(client, checkedPage, fields, "send"));

        var check = page.QuerySelector(".suggest-check")!.Text();
        Assert.Contains("You changed the title, URL or category since the last check", check, StringComparison.Ordinal);
        Assert.Contains("This looks like a paper already in the catalog", check, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("Changed after the check") + await CountAsync(Clipa));
        Assert.Equal(HttpStatusCode.Redirect, (await SuggestionForms.PostAsync(client, page, fields, "send")).StatusCode);
        Assert.Equal(1, await CountAsync(Clipa));
    }

    [Fact]
    public async Task ShouldStoreNothingWhenTheHoneypotIsFilledButAnswerAsIfItWasSent()
    {
        var fields = SuggestionForms.Fields("Cheap watches", "https://spam.example/watches");
        var checkedPage = await SuggestionForms.ParseAsync(await SuggestionForms.CheckAsync(client, fields));
        fields["Input.Subject"] = "Buy now";

        var sent = await SuggestionForms.PostAsync(client, checkedPage, fields, "send");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/suggest/sent?category=train", sent.Headers.Location!.PathAndQuery);
        Assert.Equal(0, await CountAsync("Cheap watches"));
    }

    [Fact]
    public async Task ShouldSayWhatIsWrongInChineseToAChineseReader()
    {
        var chinese = SignIn.AnonymousClient(app.Factory);
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var fields = SuggestionForms.Fields("", "javascript:alert(1)", "no-such-category", new string('注', SuggestionRules.MaxNoteLength + 1));

        var page = await SuggestionForms.ParseAsync(await SuggestionForms.CheckAsync(chinese, fields));

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("请输入论文标题。", page.QuerySelector("#suggest-title-error")!.Text());
        Assert.StartsWith("请使用以 http:// 或 https:// 开头的完整网址", page.QuerySelector("#suggest-url-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("请从列表中选择一个分类。", page.QuerySelector("#suggest-category-error")!.Text());
        Assert.Equal("备注超过了 2000 个字符（现有 2001 个）；请缩短。", page.QuerySelector("#suggest-note-error")!.Text());
        Assert.All(page.QuerySelectorAll(".validation-message"), m => Assert.Null(m.Closest("[lang=en]")));
    }

    [Fact]
    public async Task ShouldSayWhatWasChangedOnTheWayInChinese()
    {
        var chinese = SignIn.AnonymousClient(app.Factory);
        chinese.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var page = await SuggestionForms.ParseAsync(await SuggestionForms.CheckAsync(chinese, SuggestionForms.Fields("零宽\u200B标题的论文", "github.com/openai/CLIP")));

        var notes = page.Texts(".suggest-check ul.hint li");
        Assert.Contains("网址被读作 https://github.com/openai/CLIP。", notes);
        Assert.Contains("已从标题中去掉一个不可见字符或控制字符（U+200B：零宽空格）。", notes);
    }

    [Fact]
    public async Task ShouldMarkEachInvalidFieldAndKeepEverythingTyped()
    {
        var fields = SuggestionForms.Fields("", "javascript:alert(1)", "no-such-category", "我的笔记 <3", "grace@example.org");

        var page = await SuggestionForms.ParseAsync(await SuggestionForms.CheckAsync(client, fields));

        Assert.Equal("alert", page.QuerySelector(".form-error")!.GetAttribute("role"));
        Assert.Equal("Enter the paper's title.", page.QuerySelector("#suggest-title-error")!.Text());
        Assert.StartsWith("Use an absolute web address starting with http:// or https://", page.QuerySelector("#suggest-url-error")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Choose one of the categories in the list.", page.QuerySelector("#suggest-category-error")!.Text());
        Assert.All(page.QuerySelectorAll(".validation-message"), m => Assert.Equal("alert", m.GetAttribute("role")));
        var url = page.QuerySelector("#suggest-url")!;
        Assert.Equal(("javascript:alert(1)", "true"), (url.GetAttribute("value"), url.GetAttribute("aria-invalid")));
        Assert.Contains("suggest-url-error", url.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("我的笔记 <3", page.QuerySelector("#suggest-note")!.TextContent);
        Assert.Equal("grace@example.org", page.QuerySelector("#suggest-contact")!.GetAttribute("value"));
        Assert.Equal(["Check again"], page.Texts("form.suggest-form button[type=submit]"));
    }

    [Fact]
    public async Task ShouldRefuseAFieldOverItsLimitAndKeepItsText()
    {
        var note = new string('长', SuggestionRules.MaxNoteLength + 1);

        var page = await SuggestionForms.ParseAsync(await SuggestionForms.CheckAsync(client, SuggestionForms.Fields("A long note", "2401.00005", note: note)));

        Assert.Equal($"The note is longer than 2000 characters (it has 2001); shorten it.", page.QuerySelector("#suggest-note-error")!.Text());
        Assert.Equal(note, page.QuerySelector("#suggest-note")!.TextContent);
    }

    [Fact]
    public async Task ShouldRefuseAFormOverSixtyFourKilobytesWithoutReadingIt()
    {
        var fields = SuggestionForms.Fields("Too large", "2401.00006", note: new string('x', 70_000));

        var response = await SuggestionForms.CheckAsync(client, fields);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("A suggestion may send at most 64 KB", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("Too large"));
    }

    [Fact]
    public async Task ShouldKeepASentSuggestionOffEveryPublicPageApiFeedAndExport()
    {
        const string title = "Zyzzyva: an unmistakable suggestion";
        Assert.Equal(HttpStatusCode.Redirect, (await SuggestionForms.CheckAndSendAsync(client, SuggestionForms.Fields(title, "2401.00007", "video"))).StatusCode);

        foreach (var url in new[]
        {
            "/", "/papers", "/papers?category=video", "/search?q=Zyzzyva", "/api/papers?category=video&pageSize=200", "/api/search?q=Zyzzyva",
            "/api/export.md", "/api/export.json", "/feed.atom", "/categories/video/feed.atom", "/api/categories/video/bibtex",
        })
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain("unmistakable suggestion", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        Assert.Equal(1, await CountAsync(title));
    }

    private async Task<int> CountAsync(string title)
    {
        await using var db = app.Factory.CreateDbContext();
        return await db.Suggestions.CountAsync(s => s.Title == title);
    }

    private async Task<(int Id, string? ArxivId)> PaperAsync(string title)
    {
        await using var db = app.Factory.CreateDbContext();
        var paper = await db.Papers.Where(p => p.Title == title).Select(p => new { p.Id, p.ArxivId }).SingleAsync();
        return (paper.Id, paper.ArxivId);
    }
}
