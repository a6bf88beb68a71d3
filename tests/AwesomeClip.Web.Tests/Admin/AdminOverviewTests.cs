using AngleSharp.Dom;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>/admin as the maintainers' overview of what needs them, on a catalog of its own (the tests change it).</summary>
public sealed class AdminOverviewTests : IDisposable
{
    private readonly TableListApp table = new();
    private readonly HttpClient editor;

    public AdminOverviewTests() => editor = table.Factory.CreateEditorClient();

    [Fact]
    public async Task ShouldShowTheLastImportsWarningsAsItsReportGaveThem()
    {
        var report = await ListApp.ImportAsync(table.Factory, TestLists.Table);
        Assert.NotEmpty(report.Issues);

        var card = await CardAsync("import-heading");

        Assert.Contains("README.md", card.Text());
        Assert.Equal(report.Issues.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), card.QuerySelector(".overview-figure strong")!.Text());
        var shown = card.QuerySelectorAll(".overview-list li").Select(li => li.Text()).ToList();
        Assert.Equal(report.Issues.Count, shown.Count);
        Assert.All(report.Issues.Zip(shown), pair => Assert.Contains(pair.First.Message, pair.Second));
        Assert.Contains("attention", card.ClassList);
    }

    [Fact]
    public async Task ShouldShowWhoChangedWhatMostRecently()
    {
        var id = await table.PaperIdAsync("Captions Count");
        var papers = table.Factory.Get<PaperEditor>();
        var loaded = (await papers.LoadAsync(id, TestContext.Current.CancellationToken))!;
        loaded.Form.Title = "Captions Count, Revised";
        Assert.IsType<PaperSaved>(await papers.UpdateAsync(id, loaded.Form, "ada@example.org", ct: TestContext.Current.CancellationToken));

        var first = (await CardAsync("changes-heading")).QuerySelector(".overview-list li")!;

        Assert.Equal("ada@example.org", first.QuerySelector("strong")!.Text());
        Assert.Equal($"/admin/papers/{id}", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Captions Count, Revised", first.QuerySelector("a")!.Text());
        Assert.NotNull(first.QuerySelector("time[datetime]"));
    }

    [Fact]
    public async Task ShouldShowTheReadersSuggestionsWaiting()
    {
        Assert.Equal("0", (await CardAsync("suggestions-heading")).QuerySelector(".overview-figure strong")!.Text());

        var sent = await table.Factory.Get<SuggestionBox>().SendAsync(
            new SuggestionInput("Zero-Shot Everything", "https://arxiv.org/abs/2401.00001", "retrieval", null, null), Guid.NewGuid(), TestContext.Current.CancellationToken);
        Assert.True(sent.SuggestionId is not null, string.Join("; ", sent.Check.Errors.Select(e => e.Message)));

        var card = await CardAsync("suggestions-heading");
        Assert.Equal("1", card.QuerySelector(".overview-figure strong")!.Text());
        Assert.Equal(["Zero-Shot Everything"], card.QuerySelectorAll(".overview-list a").Select(a => a.Text()));
        Assert.Contains("attention", card.ClassList);
    }

    [Fact]
    public async Task ShouldShowBrokenLinksWithThePaperThatUsesThem()
    {
        const string url = "https://example.org/captions";
        await using (var db = table.Factory.CreateDbContext())
        {
            db.LinkStatuses.Add(new LinkStatus
            {
                Key = LinkKeys.Of(url), Url = url, State = LinkState.Broken, LastCheckedAt = DateTime.UtcNow,
                LastOutcome = CheckOutcome.Failed, LastStatusCode = 404, RecentFailures = 3,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var card = await CardAsync("links-heading");

        Assert.StartsWith("1 broken", card.QuerySelector(".overview-figure")!.Text());
        var row = Assert.Single(card.QuerySelectorAll(".overview-list li"));
        Assert.Contains(url, row.Text());
        Assert.Equal("Captions Count", row.QuerySelector("a[href^='/admin/papers/']")!.Text());
    }

    [Fact]
    public async Task ShouldKeepThePapersTableColumnsAndLetItScrollSideways()
    {
        var page = Html.Parse(await editor.GetStringAsync("/admin/papers", TestContext.Current.CancellationToken));

        var region = page.QuerySelector(".table-scroll")!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.False(string.IsNullOrEmpty(region.GetAttribute("aria-label")));
        Assert.NotNull(region.QuerySelector("table.admin-table"));
        Assert.All(region.QuerySelectorAll("tbody tr"), tr => Assert.Contains("nowrap", tr.Children[2].ClassList));
    }

    private async Task<IElement> CardAsync(string headingId)
    {
        var page = Html.Parse(await editor.GetStringAsync("/admin", TestContext.Current.CancellationToken));
        return page.QuerySelector($"section.overview-card[aria-labelledby='{headingId}']")
            ?? throw new Xunit.Sdk.XunitException($"no overview card {headingId}");
    }

    public void Dispose()
    {
        editor.Dispose();
        table.Dispose();
    }
}
