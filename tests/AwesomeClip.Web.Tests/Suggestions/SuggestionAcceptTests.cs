using AwesomeClip.Web.Accounts;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Admin.Papers;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Suggestions;

/// <summary>
/// Accepting a reader's suggestion in the paper editor, driven as a circuit drives it, on the real app's catalog: the
/// paper is public and in the export once saved, and the second of two editors gets a message, not a second paper.
/// </summary>
public sealed class SuggestionAcceptTests(SharedApp app) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task ShouldAcceptTheSuggestionWhenTheEditorSavesThePaper()
    {
        var id = await SendAsync("Accepted in the editor", "https://arxiv.org/abs/2312.00031", "video");
        using var editor = new EditorContext(app.Factory, "ada@example.org");
        var cut = editor.Render<PaperEditorForm>(p => p.Add(x => x.SuggestionId, id));
        cut.WaitForElement("#paper-title");
        Assert.Equal("Accepted in the editor", cut.Find("#paper-title").GetAttribute("value"));

        cut.Find("#paper-abstract").Change("编辑写的摘要.");
        cut.Find("form").Submit();

        var navigation = editor.Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Contains("?created=true&suggestion=", navigation.Uri, StringComparison.Ordinal));
        var suggestion = (await app.Factory.Get<SuggestionQueue>().FindAsync(id, TestContext.Current.CancellationToken))!;
        Assert.Equal((SuggestionState.Accepted, "ada@example.org"), (suggestion.State, suggestion.DecidedBy));
        Assert.EndsWith($"/admin/papers/{suggestion.AcceptedPaperId}?created=true&suggestion={id}", navigation.Uri, StringComparison.Ordinal);

        var client = app.Factory.CreateEditorClient();
        Assert.Contains("Accepted in the editor", await client.GetStringAsync("/papers?category=video", TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("| **Accepted in the editor** <br>| 编辑写的摘要. |", await client.GetStringAsync(AdminEndpoints.ExportPath, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldGiveTheSecondOfTwoEditorsAMessageAndNoSecondPaper()
    {
        var id = await SendAsync("Accepted by two editors at once", "2312.00032");
        using var first = new EditorContext(app.Factory, "ada@example.org");
        using var second = new EditorContext(app.Factory, "grace@example.org");
        var mine = first.Render<PaperEditorForm>(p => p.Add(x => x.SuggestionId, id));
        var theirs = second.Render<PaperEditorForm>(p => p.Add(x => x.SuggestionId, id));
        mine.WaitForElement("#paper-title");
        theirs.WaitForElement("#paper-title");

        mine.Find("form").Submit();
        mine.WaitForAssertion(() => Assert.Contains("created=true", first.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        theirs.Find("form").Submit();

        theirs.WaitForAssertion(() => Assert.StartsWith($"Suggestion #{id} was already accepted by ada@example.org on ",
            theirs.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.EndsWith("Nothing was saved.", theirs.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("created=true", second.Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(1, await db.Papers.CountAsync(p => p.Title == "Accepted by two editors at once", cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldMakeOnePaperWhenTwoEditorsSaveAtTheSameMoment()
    {
        // The app's SQLite file, two connections: the claim is the first write of each transaction.
        var id = await SendAsync("Saved by two editors at the same moment", "2312.00035");
        var queue = app.Factory.Get<SuggestionQueue>();
        var forms = new[] { (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form!, (await queue.PrefillAsync(id, ct: TestContext.Current.CancellationToken)).Form! };

        var results = await Task.WhenAll(
            Task.Run(() => queue.AcceptAsync(id, forms[0], "ada@example.org")),
            Task.Run(() => queue.AcceptAsync(id, forms[1], "grace@example.org")));

        Assert.Single(results.OfType<AwesomeClip.Core.Admin.PaperSaved>());
        Assert.Single(results.OfType<SuggestionDecided>());
        await using var db = app.Factory.CreateDbContext();
        Assert.Equal(1, await db.Papers.CountAsync(p => p.Title == "Saved by two editors at the same moment", cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldKeepTheSuggestionWaitingWhenTheEditorLeavesWithoutSaving()
    {
        var id = await SendAsync("Opened and abandoned", "2312.00033");
        using (var editor = new EditorContext(app.Factory, "ada@example.org"))
        {
            var cut = editor.Render<PaperEditorForm>(p => p.Add(x => x.SuggestionId, id));
            cut.WaitForElement("#paper-title");
            cut.Find("#paper-title").Change("Opened, edited and abandoned");
        }

        Assert.Equal(SuggestionState.Pending, (await app.Factory.Get<SuggestionQueue>().FindAsync(id, TestContext.Current.CancellationToken))!.State);
        await using var db = app.Factory.CreateDbContext();
        Assert.False(await db.Papers.AnyAsync(p => p.Title.StartsWith("Opened"), cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldNotOpenTheEditorForASuggestionThatWasRejected()
    {
        var id = await SendAsync("Rejected before the editor opened", "2312.00034");
        await app.Factory.Get<SuggestionQueue>().RejectAsync(id, "Not about CLIP.", "grace@example.org", TestContext.Current.CancellationToken);
        using var editor = new EditorContext(app.Factory, "ada@example.org");

        var cut = editor.Render<PaperEditorForm>(p => p.Add(x => x.SuggestionId, id));

        cut.WaitForAssertion(() => Assert.StartsWith($"Suggestion #{id} was already rejected by grace@example.org", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("form"));
    }

    private async Task<int> SendAsync(string title, string url, string category = "train") =>
        (await app.Factory.Get<SuggestionBox>().SendAsync(new SuggestionInput(title, url, category, null, null), Guid.NewGuid())).SuggestionId
        ?? throw new InvalidOperationException("The suggestion was not valid.");

    /// <summary>An interactive editor's circuit for <paramref name="user"/> (an Editor), on the app's own services.</summary>
    private sealed class EditorContext : BunitContext
    {
        public EditorContext(AppFactory factory, string user)
        {
            var auth = AddAuthorization();
            auth.SetAuthorized(user);
            auth.SetRoles(Roles.Editor);
            auth.SetPolicies(AdminPolicies.Editor);
            Services.AddScoped<IActingUser, PolicyActingUser>();
            Services.AddFallbackServiceProvider(factory.Services);
            JSInterop.Mode = JSRuntimeMode.Loose;
            SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        }
    }
}
