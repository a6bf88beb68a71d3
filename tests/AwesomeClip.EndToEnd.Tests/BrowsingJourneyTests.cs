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
        await Page.GetByRole(AriaRole.Link, new() { Name = "ACloser Look at the Explainability of Contrastive Language-Image Pre-training", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/papers/*");

        var figure = Page.Locator("figure img").First;
        await Expect(figure).ToBeVisibleAsync();
        // Lazy, and its size is made on this first request: scrolled to, then waited for.
        await figure.ScrollIntoViewIfNeededAsync();
        await Expect(figure).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await figure.EvaluateAsync<bool>("img => img.naturalWidth > 100"), "the figure loaded");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "知乎" })).ToHaveAttributeAsync("href", "https://www.zhihu.com/question/595372017/answer/2982207851");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Github", Exact = true })).ToHaveAttributeAsync("href", "https://github.com/xmed-lab/CLIP_Surgery");
        await Expect(Page.Locator(".commentary")).ToContainTextAsync("cos相似度");

        // The medium size in WebP, laid out at its own aspect ratio before it loads; the original on click.
        var shown = await figure.EvaluateAsync<string>("img => img.currentSrc");
        Assert.Matches(@"/figures/[0-9a-f]{16}/\d+/images/CLIP_Surgery\.png\.webp$", shown);
        Assert.True(await figure.EvaluateAsync<bool>("img => Math.abs(img.width / img.height - img.naturalWidth / img.naturalHeight) < 0.01 && img.getAttribute('height') > 0"),
            "width and height give the figure's aspect ratio");
        await figure.ClickAsync();
        await Page.WaitForURLAsync("**/figures/CLIP_Surgery.png");
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
