using System.Net;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Suggestions;

/// <summary>The editors' queue of readers' suggestions over HTTP, signed in with <see cref="TestAuth"/>.</summary>
public sealed class SuggestionQueuePageTests(SharedApp app) : IClassFixture<SharedApp>
{
    private readonly AppFactory factory = app.Factory;
    private readonly HttpClient editor = app.Factory.CreateEditorClient("grace@example.org");

    [Fact]
    public async Task ShouldShowTheQueueOnlyToEditorsAndAdmins()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var reader = factory.CreateClient(new() { AllowAutoRedirect = false }).As("reader@example.org");

        var refused = await anonymous.GetAsync("/admin/suggestions", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/admin/suggestions", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/suggestions", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldCountPendingSuggestionsInTheAdminNavigationAndOnTheOverview()
    {
        using var fresh = new AppFactory();
        var freshEditor = fresh.CreateEditorClient();
        Assert.Equal(("Suggestions", "Suggestions: none pending"), NavLink(await Html.GetAsync(freshEditor, "/admin")));
        var box = fresh.Get<SuggestionBox>();
        var ids = new List<int?>();
        foreach (var title in new[] { "Counted one", "Counted two", "Counted three" })
            ids.Add((await box.SendAsync(new SuggestionInput(title, "2401.00020", "train", null, null), Guid.NewGuid(), TestContext.Current.CancellationToken)).SuggestionId);
        Assert.True((await fresh.Get<SuggestionQueue>().RejectAsync(ids[2]!.Value, "Not about CLIP.", "grace", TestContext.Current.CancellationToken)).Succeeded);

        Assert.Equal(("Suggestions (2)", "Suggestions: 2 pending"), NavLink(await Html.GetAsync(freshEditor, "/admin/papers")));
        var overview = await Html.GetAsync(freshEditor, "/admin");
        var card = overview.QuerySelector("section.overview-card[aria-labelledby=suggestions-heading]")!;
        Assert.Equal("2", card.QuerySelector(".overview-figure strong")!.Text());
        Assert.Equal(["Counted one", "Counted two"], card.Texts(".overview-list a"));
    }

    [Fact]
    public async Task ShouldListEachPendingSuggestionWithWhatItGaveAndTheDuplicatesLinked()
    {
        var clipa = await PaperAsync("CLIPA: An Inverse Scaling Law for CLIP Training");
        var first = await SendAsync("An inverse scaling law", clipa.ArxivId!, note: "a note\nover two lines", contact: "ada@example.org");
        var second = await SendAsync("Inverse scaling", $"https://arxiv.org/pdf/{clipa.ArxivId}v2");

        var page = await Html.GetAsync(editor, "/admin/suggestions");

        var card = page.QuerySelector($"#suggestion-{first}")!;
        Assert.Equal($"#{first} An inverse scaling law", card.QuerySelector("h2")!.Text());
        var fields = card.Texts(".suggest-derived dd");
        Assert.Contains($"https://arxiv.org/abs/{clipa.ArxivId}", fields);
        Assert.Contains(clipa.ArxivId!, fields);
        Assert.Contains("Train", fields);
        Assert.Contains("ada@example.org", fields);
        Assert.Equal("a note\nover two lines", card.QuerySelector(".note")!.TextContent);
        var links = card.QuerySelectorAll(".notice-warning a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/admin/papers/{clipa.Id}", $"/papers/{clipa.Id}", $"/admin/suggestions#suggestion-{second}"], links);
        Assert.Equal($"/admin/papers/new?suggestion={first}", card.QuerySelector("a.button")!.GetAttribute("href"));
        Assert.Equal("Reason for rejecting #" + first, card.QuerySelector($"label[for=reason-{first}]")!.Text());
    }

    [Fact]
    public async Task ShouldRequireAReasonToRejectAndKeepTheSuggestionPending()
    {
        var id = await SendAsync("Rejected without a reason", "2401.00023");
        var other = await SendAsync("Its neighbour", "2401.00029");

        var response = await Forms.PostAsync(editor, "/admin/suggestions", "suggestion-decisions",
            new() { ["Reject"] = $"{id}", [$"Reasons[{id}]"] = "   ", [$"Reasons[{other}]"] = "half-typed reason" });

        var page = await SuggestionForms.ParseAsync(response);
        var error = page.QuerySelector($"#reason-{id}-error")!;
        Assert.Equal(("alert", "Give a reason for rejecting it; it is kept with the suggestion."), (error.GetAttribute("role"), error.Text()));
        Assert.NotNull(page.QuerySelector($"#suggestion-{id} details[open]"));
        Assert.Equal("half-typed reason", page.QuerySelector($"#reason-{other}")!.TextContent);
        Assert.Equal(SuggestionState.Pending, (await factory.Get<SuggestionQueue>().FindAsync(id, TestContext.Current.CancellationToken))!.State);
    }

    [Fact]
    public async Task ShouldRejectWithAReasonAndShowWhoDidItAmongTheDecided()
    {
        var id = await SendAsync("Rejected with a reason", "2401.00024");
        var other = await SendAsync("Left waiting", "2401.00025");

        var response = await Forms.PostAsync(editor, "/admin/suggestions", "suggestion-decisions",
            new() { ["Reject"] = $"{id}", [$"Reasons[{id}]"] = "Not about CLIP.", [$"Reasons[{other}]"] = "typed, not sent" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/suggestions?rejected={id}", response.Headers.Location!.PathAndQuery);
        var page = await Html.GetAsync(editor, response.Headers.Location.PathAndQuery);
        Assert.Equal($"Suggestion #{id} was rejected.", page.QuerySelector("[role=status]")!.Text());
        Assert.Null(page.QuerySelector($"#suggestion-{id}"));
        Assert.NotNull(page.QuerySelector($"#suggestion-{other}"));
        var row = page.QuerySelectorAll("table.admin-table tbody tr").Single(r => r.Text().StartsWith($"{id} ", StringComparison.Ordinal));
        Assert.Contains("Rejected: Not about CLIP. grace@example.org", row.Text(), StringComparison.Ordinal);
        Assert.Equal(SuggestionState.Pending, (await factory.Get<SuggestionQueue>().FindAsync(other, TestContext.Current.CancellationToken))!.State);
    }

    [Fact]
    public async Task ShouldTellAnEditorWhoRejectsWhatAnotherEditorAcceptedMeanwhile()
    {
        var id = await SendAsync("Accepted meanwhile", "2401.00026");
        var token = await Forms.TokenAsync(editor, "/admin/suggestions");
        var queue = factory.Get<SuggestionQueue>();
        var form = (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!;
        var saved = Assert.IsType<PaperSaved>(await queue.AcceptAsync(id, form, "ada@example.org", TestContext.Current.CancellationToken));

        var response = await Forms.PostWithoutFetchingAsync(editor, "/admin/suggestions", "suggestion-decisions",
            new() { ["Reject"] = $"{id}", [$"Reasons[{id}]"] = "Spam." }, token);

        var page = await SuggestionForms.ParseAsync(response);
        Assert.StartsWith($"Suggestion #{id} was already accepted by ada@example.org on ", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.EndsWith($"as paper #{saved.PaperId}.", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Equal(SuggestionState.Accepted, (await queue.FindAsync(id, TestContext.Current.CancellationToken))!.State);
    }

    [Fact]
    public async Task ShouldOpenThePaperEditorFilledFromTheSuggestion()
    {
        var id = await SendAsync("Prefilled from a reader", "https://arxiv.org/abs/2312.00027", "video", "读者的笔记");
        var video = await ListApp.CategoryIdAsync(factory, "video");

        var page = await Html.GetAsync(editor, $"/admin/papers/new?suggestion={id}");

        Assert.StartsWith($"From reader's suggestion #{id}", page.QuerySelector("#from-suggestion")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Prefilled from a reader", page.QuerySelector("#paper-title")!.GetAttribute("value"));
        Assert.Equal("2023", page.QuerySelector("#paper-year")!.GetAttribute("value"));
        Assert.Equal("https://arxiv.org/abs/2312.00027", page.QuerySelector("#link-url-0")!.GetAttribute("value"));
        Assert.Equal("Paper", page.QuerySelector("#link-label-0")!.GetAttribute("value"));
        Assert.Equal("读者的笔记", page.QuerySelector("#paper-abstract")!.TextContent);
        Assert.Equal($"{video}", page.QuerySelector("#paper-category option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ShouldSayWhenTheSuggestionToAcceptWasDecidedOrDoesNotExist()
    {
        var id = await SendAsync("Rejected before it was opened", "2401.00028");
        await factory.Get<SuggestionQueue>().RejectAsync(id, "Duplicate of #1.", "ada@example.org", TestContext.Current.CancellationToken);

        var decided = await Html.GetAsync(editor, $"/admin/papers/new?suggestion={id}");
        var missing = await editor.GetAsync("/admin/papers/new?suggestion=999999", TestContext.Current.CancellationToken);

        Assert.Equal($"Suggestion #{id} was already rejected by ada@example.org: “Duplicate of #1.”.", decided.QuerySelector("[role=alert]")!.Text());
        Assert.Null(decided.QuerySelector("#paper-title"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("There is no suggestion #999999.", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static (string Text, string? Label) NavLink(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var link = page.QuerySelector("nav.admin-nav a[href='/admin/suggestions']")!;
        return (link.Text(), link.GetAttribute("aria-label"));
    }

    private async Task<int> SendAsync(string title, string url, string category = "train", string? note = null, string? contact = null)
    {
        var sent = await factory.Get<SuggestionBox>().SendAsync(new SuggestionInput(title, url, category, note, contact), Guid.NewGuid());
        return sent.SuggestionId ?? throw new InvalidOperationException("Not valid: " + string.Join(" ", sent.Check.Errors.Select(e => e.Message)));
    }

    private async Task<(int Id, string? ArxivId)> PaperAsync(string title)
    {
        await using var db = factory.CreateDbContext();
        var paper = await db.Papers.Where(p => p.Title == title).Select(p => new { p.Id, p.ArxivId }).SingleAsync();
        return (paper.Id, paper.ArxivId);
    }
}
