using AwesomeClip.EndToEnd.Tests.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AwesomeClip.EndToEnd.Tests;

public sealed class SearchJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task ShouldUpdateResultsLiveAsTheUserTypesChineseAndEnglish() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/search");
        await WaitForInteractivityAsync(Page);
        await Page.EvaluateAsync("() => window.__sameDocument = true");
        var box = Page.GetByLabel("Titles, abstracts and notes, in Chinese or English");

        await box.PressSequentiallyAsync("蒸馏", new() { Delay = 60 });
        await Expect(Page.Locator(".hit").First.Locator(".paper-title")).ToContainTextAsync("CLIP-KD");
        await Expect(Page.Locator(".hit mark").First).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q=%E8%92%B8%E9%A6%8F$"));

        await box.FillAsync("");
        await box.PressSequentiallyAsync("open-vocabulary segmentation", new() { Delay = 20 });
        await Expect(Page.Locator(".hit").First.Locator(".paper-meta")).ToContainTextAsync("Segmentation");
        await Expect(Page.Locator(".hit mark").First).ToBeVisibleAsync();

        Assert.True(await Page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "results updated without a page reload");
    });

    [Fact]
    public Task ShouldNarrowResultsWithFacets() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/search?q=CLIP");
        await WaitForInteractivityAsync(Page);
        var total = await Page.Locator(".result-total").TextContentAsync();

        await Page.Locator(".facets").GetByRole(AriaRole.Button, new() { Name = "Video" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("category=video"));
        await Expect(Page.Locator(".result-total")).Not.ToHaveTextAsync(total!);
        await Expect(Page.Locator(".hit .paper-meta a").Filter(new() { HasNotTextString = "Video" })).ToHaveCountAsync(0);
        var categories = await Page.Locator(".hit .paper-meta a").AllTextContentsAsync();
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.Equal("Video", c));

        await Page.Locator(".facets").GetByRole(AriaRole.Button, new() { Name = "2023" }).ClickAsync();
        await Expect(Page.Locator(".result-total")).ToHaveTextAsync("2 papers");
    });

    [Fact]
    public Task ShouldOpenASharedSearchUrlDirectly() => JourneyAsync(async () =>
    {
        await Page.GotoAsync("/search?q=segmantation&category=segmentation&sort=newest");

        await Expect(Page.GetByLabel("Titles, abstracts and notes, in Chinese or English")).ToHaveValueAsync("segmantation");
        await Expect(Page.Locator(".facets .facet.active").First).ToContainTextAsync("Segmentation");
        await Expect(Page.Locator(".hit").First).ToBeVisibleAsync();
        var years = (await Page.Locator(".hit .paper-meta span").AllTextContentsAsync()).Select(int.Parse).ToList();
        Assert.Equal(years.OrderByDescending(y => y), years);
    });
}
