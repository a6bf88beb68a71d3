using AwesomeClip.EndToEnd.Tests.TestSupport;
using Microsoft.Playwright;

namespace AwesomeClip.EndToEnd.Tests;

public sealed class BrowsingJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task ShouldGoFromHomeToCategoryToPaperWithFigureAndLinks() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Awesome-CLIP");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Segmentation" }).First.ClickAsync();
        await Page.WaitForURLAsync("**/papers?category=segmentation");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Segmentation");

        await Page.GotoAsync("/papers?category=improvement-innovation");
        await Page.GetByRole(AriaRole.Link, new() { Name = "ACloser Look at the Explainability of Contrastive Language-Image Pre-training" }).ClickAsync();
        await Page.WaitForURLAsync("**/papers/*");

        var figure = Page.Locator("figure img").First;
        await Expect(figure).ToBeVisibleAsync();
        Assert.True(await figure.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"), "the figure loaded");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "知乎" })).ToHaveAttributeAsync("href", "https://www.zhihu.com/question/595372017/answer/2982207851");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Github", Exact = true })).ToHaveAttributeAsync("href", "https://github.com/xmed-lab/CLIP_Surgery");
        await Expect(Page.Locator(".commentary")).ToContainTextAsync("cos相似度");
    });

    [Fact]
    public Task ShouldFilterACategoryByYear() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/papers?category=video");
        await Page.GetByRole(AriaRole.Group, new() { Name = "Year" }).GetByRole(AriaRole.Link, new() { Name = "2023" }).ClickAsync();

        await Page.WaitForURLAsync("**/papers?category=video&year=2023");
        await Expect(Page.Locator(".paper-title")).ToHaveCountAsync(2);
        await Expect(Page.Locator(".year-heading")).ToHaveTextAsync(["2023"]);
    });

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

}
