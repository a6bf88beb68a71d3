using AwesomeClip.Web.Accounts;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Core.Storage;
using AwesomeClip.EndToEnd.Tests.TestSupport;
using AwesomeClip.Web.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AwesomeClip.EndToEnd.Tests;

public sealed class LinkHealthJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task ShouldTakeAnEditorFromABrokenLinkToItsFieldInTheEditor() => JourneyAsync(async () =>
    {
        var (paperId, url, index) = await LinkOfOnePaperAsync();
        // Recorded results of a link of the shipped list: nothing is checked, no request leaves the machine.
        var store = Fixture.App.Services.GetRequiredService<LinkResultStore>();
        for (var i = 0; i < LinkStateRule.BrokenAfter; i++)
            await store.SaveAsync(new UrlCheckResult(url, CheckOutcome.Failed, 404, "HTTP 404 Not Found", []), DateTime.UtcNow);
        await Accounts.SignInAsync(Page, await Accounts.CreateAsync(Fixture.App, Roles.Editor));

        await Page.GotoAsync("/admin/links?state=broken");
        var row = Page.Locator("tbody tr").Filter(new() { HasText = url });
        await Expect(row.Locator(".link-state")).ToHaveTextAsync("broken");
        await row.Locator($".link-papers a[href^='/admin/papers/{paperId}?']").ClickAsync();
        await WaitForInteractivityAsync(Page);

        var field = Page.Locator($"#link-url-{index}");
        await Expect(field).ToBeFocusedAsync();
        await Expect(field).ToHaveValueAsync(url);
    });

    /// <summary>A paper's second (or later) link whose URL no other paper uses, with the link's row in the editor.</summary>
    private async Task<(int PaperId, string Url, int Index)> LinkOfOnePaperAsync()
    {
        await using var db = await Fixture.App.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContextAsync();
        var urls = await CatalogUrls.ReadAsync(db);
        var (url, use) = urls.Where(u => u.Value.Count == 1 && u.Value[0].Place == LinkPlace.Link && u.Value[0].Index > 0)
            .Select(u => (u.Key, u.Value[0])).OrderBy(u => u.Item2.PaperId).First();
        return (use.PaperId, url, use.Index);
    }
}
