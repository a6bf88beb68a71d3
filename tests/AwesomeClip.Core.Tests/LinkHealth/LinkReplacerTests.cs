using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.LinkHealth;

/// <summary>"Replace with the new URL" for a permanent redirect: through the editor, with a revision and its revert.</summary>
public sealed class LinkReplacerTests : IAsyncLifetime
{
    private const string Old = "http://clip.example.org/paper";
    private const string New = "https://clip.example.org/paper/";

    private LinkHealthHarness harness = null!;

    public async ValueTask InitializeAsync() => harness = await LinkHealthHarness.CreateAsync();

    public async ValueTask DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ShouldReplaceEveryUseOfTheUrlInAPaperWithARevisionThatHistoryCanRevert()
    {
        var id = (await harness.AddPapersAsync(new PaperBuilder().WithUrl(Old).WithLink("Paper", Old).WithLink("Code", "https://github.com/openai/CLIP")))[0];
        var status = await MovedAsync(Old, New);

        var outcome = Assert.Single(await harness.Replacer.ReplaceAsync(status, await SeenAsync(), "editor@example.org", TestContext.Current.CancellationToken));

        Assert.True(outcome.Replaced, outcome.Message);
        var paper = await PaperAsync(id);
        Assert.Equal(New, paper.Url);
        Assert.Equal([New, "https://github.com/openai/CLIP"], paper.Links.OrderBy(l => l.Position).Select(l => l.Url));
        var revision = (await RevisionsAsync(id)).Last();
        Assert.Equal(("editor@example.org", RevisionKind.Updated), (revision.Actor, revision.Kind));
        Assert.Equal($"links, title link changed: {Old} replaced by {New}, where its permanent redirect leads (link health)", revision.Summary);

        var reverted = await harness.Editor.RevertAsync(revision.Id, "editor@example.org", TestContext.Current.CancellationToken);

        Assert.True(reverted.Succeeded, reverted.Message);
        paper = await PaperAsync(id);
        Assert.Equal(Old, paper.Url);
        Assert.Equal(Old, paper.Links.OrderBy(l => l.Position).First().Url);
    }

    [Fact]
    public async Task ShouldReplaceInEveryPaperThatAsked()
    {
        var ids = await harness.AddPapersAsync(new PaperBuilder().WithTitle("One").WithLink("Paper", Old), new PaperBuilder().WithTitle("Two").WithLink("Paper", Old));
        var status = await MovedAsync(Old, New);

        var outcomes = await harness.Replacer.ReplaceAsync(status, await SeenAsync(), "editor", TestContext.Current.CancellationToken);

        Assert.Equal([(ids[0], true), (ids[1], true)], outcomes.Select(o => (o.PaperId, o.Replaced)));
        Assert.All(ids, id => Assert.Equal(New, PaperAsync(id).Result.Links.Single().Url));
    }

    [Fact]
    public async Task ShouldLeaveAPaperChangedSinceThePageWasLoadedAloneAndSaySo()
    {
        var id = (await harness.AddPapersAsync(new PaperBuilder().WithTitle("Edited meanwhile").WithLink("Paper", Old)))[0];
        var status = await MovedAsync(Old, New);
        var seen = await SeenAsync();
        var loaded = (await harness.Editor.LoadAsync(id, TestContext.Current.CancellationToken))!;
        loaded.Form.Abstract = "Someone else's edit.";
        Assert.IsType<PaperSaved>(await harness.Editor.UpdateAsync(id, loaded.Form, "someone else", ct: TestContext.Current.CancellationToken));
        var revisions = (await RevisionsAsync(id)).Count;

        var outcome = Assert.Single(await harness.Replacer.ReplaceAsync(status, seen, "editor", TestContext.Current.CancellationToken));

        Assert.False(outcome.Replaced);
        Assert.Equal("“Edited meanwhile” (#" + id + ") was changed by someone else since this page was loaded; nothing was replaced there. Reload the page and try again.", outcome.Message);
        var paper = await PaperAsync(id);
        Assert.Equal((Old, "Someone else's edit."), (paper.Links.Single().Url, paper.Abstract));
        Assert.Equal(revisions, (await RevisionsAsync(id)).Count);
    }

    [Fact]
    public async Task ShouldRefuseALinkThatIsNotAPermanentRedirect()
    {
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Paper", Old));
        var status = (await harness.Store.SaveAsync(new UrlCheckResult(Old, CheckOutcome.Redirected, 200, null, [new RedirectHop(302, New)]), Now, TestContext.Current.CancellationToken)).Id;

        var outcome = Assert.Single(await harness.Replacer.ReplaceAsync(status, await SeenAsync(), "editor", TestContext.Current.CancellationToken));

        Assert.Equal((false, $"{Old} is not a permanent redirect any more (its last check says temporary redirect); nothing was replaced."), (outcome.Replaced, outcome.Message));
    }

    [Fact]
    public async Task ShouldRefuseARedirectToAUrlTheCatalogWouldNotStore()
    {
        await harness.AddPapersAsync(new PaperBuilder().WithLink("Paper", Old));
        var status = await MovedAsync(Old, "https://user:secret@clip.example.org/");

        var outcome = Assert.Single(await harness.Replacer.ReplaceAsync(status, await SeenAsync(), "editor", TestContext.Current.CancellationToken));

        Assert.False(outcome.Replaced);
        Assert.Contains("Web addresses with a user name or password are not allowed.", outcome.Message);
    }

    [Fact]
    public async Task ShouldSayWhenAResultIsGone()
    {
        var outcome = Assert.Single(await harness.Replacer.ReplaceAsync(12345, new Dictionary<int, int> { [1] = 1 }, "editor", TestContext.Current.CancellationToken));

        Assert.False(outcome.Replaced);
        Assert.StartsWith("That link's result is gone", outcome.Message);
    }

    [Fact]
    public async Task ShouldSayWhenAPaperNoLongerLinksToTheUrl()
    {
        var id = (await harness.AddPapersAsync(new PaperBuilder().WithTitle("Fixed by hand").WithLink("Paper", Old)))[0];
        var status = await MovedAsync(Old, New);
        var seen = await SeenAsync();
        var loaded = (await harness.Editor.LoadAsync(id, TestContext.Current.CancellationToken))!;
        loaded.Form.Links[0].Url = "https://arxiv.org/abs/2103.00020";
        await harness.Editor.UpdateAsync(id, loaded.Form, "someone", ct: TestContext.Current.CancellationToken);

        var outcome = Assert.Single(await harness.Replacer.ReplaceAsync(status, seen, "editor", TestContext.Current.CancellationToken));

        Assert.Equal($"“Fixed by hand” (#{id}) does not link to {Old} any more; nothing was replaced there.", outcome.Message);
    }

    /// <summary>Stores a check of <paramref name="from"/> that ended, through a 301, at <paramref name="to"/>.</summary>
    private async Task<int> MovedAsync(string from, string to) =>
        (await harness.Store.SaveAsync(new UrlCheckResult(from, CheckOutcome.Redirected, 200, null, [new RedirectHop(301, to)]), Now)).Id;

    /// <summary>The versions of the papers as the report showed them.</summary>
    private async Task<Dictionary<int, int>> SeenAsync() =>
        (await harness.Service.ReportAsync()).Rows.Single(r => r.Url == Old).Usages.DistinctBy(u => u.PaperId).ToDictionary(u => u.PaperId, u => u.PaperVersion);

    private DateTime Now => harness.Clock.Now.UtcDateTime;

    private async Task<Paper> PaperAsync(int id)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Papers.Include(p => p.Links).SingleAsync(p => p.Id == id);
    }

    private async Task<List<PaperRevision>> RevisionsAsync(int id)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.PaperRevisions.Where(r => r.PaperId == id).OrderBy(r => r.Id).ToListAsync();
    }
}
