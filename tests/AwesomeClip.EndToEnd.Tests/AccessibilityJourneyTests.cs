using System.Text;
using AwesomeClip.EndToEnd.Tests.TestSupport;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AwesomeClip.EndToEnd.Tests;

/// <summary>
/// axe-core on every public and admin page, in both languages and both themes: no serious or critical violation.
/// The language is the browser's (Accept-Language), the theme the system's (prefers-color-scheme), as a first visit has them.
/// The dark theme changes colours only, so there axe runs its colour rules (<see cref="ColourRules"/>): the rest would
/// check the same markup a second time, at two thirds of this suite's running time.
/// </summary>
public sealed class AccessibilityJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private static readonly string[] PublicPages =
        ["/", "/papers", "/papers?category=segmentation", "/papers?year=2023", "/papers/{paper}", "/search?q=CLIP", "/search?q=nothing-matches-this", "/suggest", "/Account/Login", "/no-such-page"];

    private static readonly string[] AdminPages =
        ["/admin", "/admin/papers", "/admin/papers/{paper}", "/admin/papers/new", "/admin/papers/{paper}/history", "/admin/categories", "/admin/history", "/admin/import", "/admin/suggestions", "/admin/links", "/admin/users"];

    private static readonly List<string> ColourRules = ["color-contrast", "link-in-text-block"];

    public static TheoryData<string, bool> LanguagesAndThemes => new() { { "en", false }, { "en", true }, { "zh-CN", false }, { "zh-CN", true } };

    [Theory]
    [MemberData(nameof(LanguagesAndThemes))]
    public Task ShouldHaveNoSeriousViolationOnAnyPublicPage(string locale, bool dark) => JourneyAsync(async () =>
    {
        var page = await PageInAsync(locale, dark);
        await CheckAsync(page, PublicPages, locale, dark);
    });

    [Theory]
    [MemberData(nameof(LanguagesAndThemes))]
    public Task ShouldHaveNoSeriousViolationOnAnyAdminPage(string locale, bool dark) => JourneyAsync(async () =>
    {
        var page = await PageInAsync(locale, dark);
        await Accounts.SignInAsync(page, await Accounts.CreateAsync(Fixture.App, "Admin"));
        await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));
        await CheckAsync(page, AdminPages, locale, dark);
    });

    private async Task<IPage> PageInAsync(string locale, bool dark)
    {
        var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.BaseAddress.ToString(),
            Locale = locale,
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await NewPageAsync(context);
    }

    private async Task CheckAsync(IPage page, IEnumerable<string> paths, string locale, bool dark)
    {
        var paper = await PaperIdAsync(page);
        var failures = new StringBuilder();
        foreach (var path in paths.Select(p => p.Replace("{paper}", paper, StringComparison.Ordinal)))
        {
            // The server's rendering is what axe reads; live pages render the same markup once connected.
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            var options = new AxeRunOptions { ResultTypes = [ResultType.Violations] };
            if (dark) options.RunOnly = new RunOnlyOptions { Type = "rule", Values = ColourRules };
            var results = await page.RunAxe(options);
            foreach (var violation in results.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                failures.AppendLine($"{path} ({locale}, {(dark ? "dark" : "light")}): {violation.Impact} {violation.Id} — {violation.Help}");
                foreach (var node in violation.Nodes.Take(5)) failures.AppendLine($"    {node.Target}: {node.Html}");
            }
        }
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static async Task<string> PaperIdAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/papers?category=segmentation&pageSize=1");
        var json = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("items")[0].GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
