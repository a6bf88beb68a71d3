using System.Net.Http.Headers;
using AngleSharp.Dom;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>
/// Every admin table keeps its columns on a laptop and scrolls sideways on a phone: it sits in a region a keyboard can
/// focus and a screen reader names, in the reader's language.
/// </summary>
public sealed class AdminTableScrollTests : IDisposable
{
    private readonly TableListApp table = new();

    public static TheoryData<string> PagesWithTables => new() { "/admin/papers", "/admin/users", "/admin/categories", "/admin/suggestions", "/admin/links" };

    [Theory]
    [MemberData(nameof(PagesWithTables))]
    public async Task ShouldPutEveryTableInANamedFocusableScrollRegion(string path)
    {
        foreach (var shown in await TablesAsync(path, "en"))
        {
            var region = shown.ParentElement!;
            Assert.Contains("table-scroll", region.ClassList);
            Assert.Equal("region", region.GetAttribute("role"));
            Assert.Equal("0", region.GetAttribute("tabindex"));
            Assert.False(string.IsNullOrWhiteSpace(region.GetAttribute("aria-label")));
        }
    }

    [Theory]
    [MemberData(nameof(PagesWithTables))]
    public async Task ShouldNameTheScrollRegionsInChineseForAChineseReader(string path)
    {
        var labels = (await TablesAsync(path, "zh-CN")).Select(t => t.ParentElement!.GetAttribute("aria-label")!).ToList();

        Assert.All(labels, label => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", label));
    }

    private async Task<IEnumerable<IElement>> TablesAsync(string path, string language)
    {
        await SeedAsync();
        using var client = table.Factory.CreateEditorClient("admin@example.org").As("admin@example.org", "Admin");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var page = Html.Parse(await client.GetStringAsync(path, TestContext.Current.CancellationToken));
        var tables = page.QuerySelectorAll("table.admin-table").ToList();
        Assert.NotEmpty(tables);
        return tables;
    }

    // A decided suggestion and a checked link, so that the suggestions and link-health pages have their tables.
    private async Task SeedAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var sent = await table.Factory.Get<SuggestionBox>().SendAsync(
            new SuggestionInput("Zero-Shot Everything", "https://arxiv.org/abs/2401.00001", "retrieval", null, null), Guid.NewGuid(), ct);
        await table.Factory.Get<SuggestionQueue>().RejectAsync(sent.SuggestionId!.Value, "Out of scope.", "admin@example.org", ct);
        await using var db = table.Factory.CreateDbContext();
        const string url = "https://example.org/captions";
        db.LinkStatuses.Add(new LinkStatus
        {
            Key = LinkKeys.Of(url), Url = url, State = LinkState.Broken, LastCheckedAt = DateTime.UtcNow,
            LastOutcome = CheckOutcome.Failed, LastStatusCode = 404, RecentFailures = 3,
        });
        await db.SaveChangesAsync(ct);
    }

    public void Dispose() => table.Dispose();
}
