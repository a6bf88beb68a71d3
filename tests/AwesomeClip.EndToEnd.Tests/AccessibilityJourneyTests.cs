using System.Text;
using AwesomeClip.EndToEnd.Tests.TestSupport;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AwesomeClip.EndToEnd.Tests;

/// <summary>
/// axe-core on every public and admin page, in both languages and both themes: no serious or critical violation.
/// The language is the browser's (Accept-Language), the theme the system's (prefers-color-scheme), as a first visit has them.
/// The dark theme changes colours only, so each page is loaded once and, switched to dark, checked again with axe's colour
/// rules (<see cref="ColourRules"/>): the other rules would read the same markup a second time.
/// </summary>
public sealed class AccessibilityJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly string[] PublicPages =
        ["/", "/papers", "/papers?category=segmentation", "/papers?year=2023", "/papers/{paper}", "/search?q=CLIP", "/search?q=nothing-matches-this", "/suggest", "/Account/Login", "/no-such-page"];

    private static readonly string[] AdminPages =
        ["/admin", "/admin/papers", "/admin/papers/{paper}", "/admin/papers/new", "/admin/papers/{paper}/history", "/admin/categories", "/admin/history", "/admin/import", "/admin/suggestions", "/admin/links", "/admin/users"];

    private static readonly List<string> ColourRules = ["color-contrast", "link-in-text-block"];

    public static TheoryData<string> Languages => new() { "en", "zh-CN" };

    [Theory]
    [MemberData(nameof(Languages))]
    public Task ShouldHaveNoSeriousViolationOnAnyPublicPageInEitherTheme(string locale) => JourneyAsync(async () =>
    {
        var page = await PageInAsync(locale);
        await CheckAsync(page, PublicPages, locale);
    });

    [Theory]
    [MemberData(nameof(Languages))]
    public Task ShouldHaveNoSeriousViolationOnAnyAdminPageInEitherTheme(string locale) => JourneyAsync(async () =>
    {
        var page = await PageInAsync(locale);
        await Accounts.SignInAsync(page, await Accounts.CreateAsync(Fixture.App, "Admin"));
        await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));
        await CheckAsync(page, AdminPages, locale);
    });

    private async Task<IPage> PageInAsync(string locale)
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(),
            Locale = locale,
            ColorScheme = ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await NewPageAsync(context);
    }

    // Each page is loaded once, checked in the light theme, switched to the system's dark theme and checked again.
    private async Task CheckAsync(IPage page, IEnumerable<string> paths, string locale)
    {
        var paper = await PaperIdAsync(page);
        var failures = new StringBuilder();
        foreach (var path in paths.Select(p => p.Replace("{paper}", paper, StringComparison.Ordinal)))
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
            // The server's rendering is what axe reads; live pages render the same markup once connected.
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            await ReportAsync(page, new AxeRunOptions { ResultTypes = [ResultType.Violations] }, $"{path} ({locale}, light)", failures);
            var lightBackground = await BackgroundAsync(page);
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
            Assert.NotEqual(lightBackground, await BackgroundAsync(page));
            var colours = new AxeRunOptions { ResultTypes = [ResultType.Violations], RunOnly = new RunOnlyOptions { Type = "rule", Values = ColourRules } };
            await ReportAsync(page, colours, $"{path} ({locale}, dark)", failures);
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static Task<string> BackgroundAsync(IPage page) => page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

    private static async Task ReportAsync(IPage page, AxeRunOptions options, string where, StringBuilder failures)
    {
        var results = await page.RunAxe(options);
        foreach (var violation in results.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            failures.AppendLine($"{where}: {violation.Impact} {violation.Id} — {violation.Help}");
            foreach (var node in violation.Nodes.Take(5)) failures.AppendLine($"    {node.Target}: {node.Html}");
        }
    }

    private static async Task<string> PaperIdAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/papers?category=segmentation&pageSize=1");
        var json = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
