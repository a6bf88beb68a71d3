using AwesomeClip.Web.Accounts;
using System.Text.RegularExpressions;
using AwesomeClip.EndToEnd.Tests.TestSupport;
using AwesomeClip.Web.Admin;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AwesomeClip.EndToEnd.Tests;

public sealed partial class SuggestionJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    // The browser tests share one app: a section and year no other journey counts, and a title no other one searches for.
    private const string Title = "Contrastive Reading: A Reader's Suggested Paper";

    [Fact]
    public Task ShouldTakeAReadersSuggestionThroughAnEditorIntoTheCatalogAndTheExport() => JourneyAsync(async () =>
    {
        // An anonymous reader, from a category page.
        await Page.GotoAsync("/papers?category=other");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Suggest a paper for Other" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Suggest a paper");
        await Expect(Page.GetByRole(AriaRole.Combobox, new() { Name = "Category" })).ToHaveValueAsync("other");
        await Page.GetByLabel("Title").FillAsync(Title);
        await Page.GetByLabel("URL").FillAsync("arXiv:1905.09876");
        await Page.GetByLabel("Note (optional)").FillAsync("一个读者推荐的论文.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        var check = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Check before sending" });
        await Expect(check).ToContainTextAsync("1905.09876");
        await Expect(check).ToContainTextAsync("2019");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");
        await Expect(Page.GetByText("Nothing you sent appears on the site unless an editor accepts it")).ToBeVisibleAsync();

        // An editor signs in, finds it in the queue and accepts it in the paper editor.
        await Accounts.SignInAsync(Page, await Accounts.CreateAsync(Fixture.App, Roles.Editor));
        await Page.GotoAsync("/admin");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Suggestions: 1 pending" }).ClickAsync();
        var card = Page.Locator("article.suggestion").Filter(new() { HasText = Title });
        await Expect(card).ToContainTextAsync("1905.09876");
        await card.GetByRole(AriaRole.Link, new() { NameRegex = AcceptLink() }).ClickAsync();
        await WaitForInteractivityAsync(Page);
        await Expect(Page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(Title);
        await Expect(Page.GetByLabel("Year")).ToHaveValueAsync("2019");
        await Page.GetByLabel("Abstract").FillAsync("编辑改写的摘要.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = AcceptedNotice() })).ToBeVisibleAsync();

        // The paper is public, and the export the editor downloads holds its line.
        await Page.GotoAsync("/papers?category=other");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true })).ToBeVisibleAsync();
        await Page.GotoAsync("/admin");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { NameRegex = DownloadLink() }).ClickAsync());
        var markdown = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains($"| **{Title}** <br>| 编辑改写的摘要. | | [[Paper](https://arxiv.org/abs/1905.09876)] |", markdown, StringComparison.Ordinal);
    });

    [GeneratedRegex(@"^Accept #\d+")]
    private static partial Regex AcceptLink();

    [GeneratedRegex(@"reader's suggestion #\d+ is accepted")]
    private static partial Regex AcceptedNotice();

    [GeneratedRegex(@"^Download .+\.md$")]
    private static partial Regex DownloadLink();
}
