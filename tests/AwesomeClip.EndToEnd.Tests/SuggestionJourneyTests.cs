using System.Text.RegularExpressions;
using AwesomeClip.EndToEnd.Tests.TestSupport;
using AwesomeClip.Web.Admin;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace AwesomeClip.EndToEnd.Tests;

public sealed partial class SuggestionJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string Title = "Video-CLIP Suggested: A Reader's Paper";

    [Fact]
    public Task ShouldTakeAReadersSuggestionThroughAnEditorIntoTheCatalogAndTheExport() => JourneyAsync(async () =>
    {
        // An anonymous reader, from a category page.
        await Page.GotoAsync("/papers?category=video");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Suggest a paper for Video" }).ClickAsync();
        await Expect(Page.GetByLabel("Category")).ToHaveValueAsync("video");
        await Page.GetByLabel("Title").FillAsync(Title);
        await Page.GetByLabel("URL").FillAsync("arXiv:2312.09876");
        await Page.GetByLabel("Note (optional)").FillAsync("一个读者推荐的视频论文.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();
        var check = Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Check before sending" });
        await Expect(check).ToContainTextAsync("2312.09876");
        await Expect(check).ToContainTextAsync("2023");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");
        await Expect(Page.GetByText("Nothing you sent appears on the site unless an editor accepts it")).ToBeVisibleAsync();

        // An editor signs in, finds it in the queue and accepts it in the paper editor.
        await Accounts.SignInAsync(Page, await Accounts.CreateAsync(Fixture.App, Roles.Editor));
        await Page.GotoAsync("/admin");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Suggestions: 1 pending" }).ClickAsync();
        var card = Page.Locator("article.suggestion").Filter(new() { HasText = Title });
        await Expect(card).ToContainTextAsync("2312.09876");
        await card.GetByRole(AriaRole.Link, new() { NameRegex = AcceptLink() }).ClickAsync();
        await WaitForInteractivityAsync(Page);
        await Expect(Page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(Title);
        await Expect(Page.GetByLabel("Year")).ToHaveValueAsync("2023");
        await Page.GetByLabel("Abstract").FillAsync("编辑改写的摘要.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = AcceptedNotice() })).ToBeVisibleAsync();

        // The paper is public, and the export the editor downloads holds its line.
        await Page.GotoAsync("/papers?category=video");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
        await Page.GotoAsync("/admin");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { NameRegex = DownloadLink() }).ClickAsync());
        var markdown = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains($"| **{Title}** <br>| 编辑改写的摘要. | | [[Paper](https://arxiv.org/abs/2312.09876)] |", markdown, StringComparison.Ordinal);
    });

    [GeneratedRegex(@"^Accept #\d+")]
    private static partial Regex AcceptLink();

    [GeneratedRegex(@"reader's suggestion #\d+ is accepted")]
    private static partial Regex AcceptedNotice();

    [GeneratedRegex(@"^Download .+\.md$")]
    private static partial Regex DownloadLink();
}
