using AwesomeClip.Web.Accounts;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwesomeClip.EndToEnd.Tests.TestSupport;
using AwesomeClip.Web.Admin;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AwesomeClip.EndToEnd.Tests;

public sealed partial class AdminJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task ShouldLetAnEditorFixATitleThatThenShowsOnThePublicPageAndInSearch() => JourneyAsync(async () =>
    {
        var id = await PaperIdAsync("train", "CLIPA: An Inverse Scaling Law for CLIP Training");
        await Accounts.SignInAsync(Page, await Accounts.CreateAsync(Fixture.App, Roles.Editor));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToBeVisibleAsync();

        await Page.GotoAsync($"/admin/papers/{id}");
        await WaitForInteractivityAsync(Page);
        await Page.GetByLabel("Title", new() { Exact = true }).FillAsync("CLIPA: An Inverse Scaling Law for CLIP Trainingzz");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();

        await Page.GotoAsync($"/papers/{id}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CLIPA: An Inverse Scaling Law for CLIP Trainingzz");
        await Page.GotoAsync("/search?q=Trainingzz");
        await Expect(Page.Locator(".hit .paper-title").First).ToHaveTextAsync("CLIPA: An Inverse Scaling Law for CLIP Trainingzz");
    });

    [Fact]
    public Task ShouldShowTheConflictViewToTheSecondEditorOfAPaper() => JourneyAsync(async () =>
    {
        var id = await PaperIdAsync("train", "Improving CLIP Training with Language Rewrites");
        var email = await Accounts.CreateAsync(Fixture.App, Roles.Editor);
        var first = Page;
        var second = await NewPageAsync(await NewContextAsync());
        foreach (var page in new[] { first, second })
        {
            await Accounts.SignInAsync(page, email);
            await page.GotoAsync($"/admin/papers/{id}");
            await WaitForInteractivityAsync(page);
        }

        await first.GetByLabel("Commentary").FillAsync("first editor's note");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();

        await second.GetByLabel("Commentary").FillAsync("second editor's note");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var conflict = second.Locator(".conflict");
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict).ToContainTextAsync("first editor's note");
        await Expect(conflict).ToContainTextAsync("second editor's note");

        await second.GetByRole(AriaRole.Button, new() { Name = "Keep mine (overwrite)" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
        await first.GotoAsync($"/papers/{id}");
        await Expect(first.Locator(".commentary")).ToContainTextAsync("second editor's note");
    });

    [Fact]
    public Task ShouldLockAnAccountAfterFiveWrongPasswords() => JourneyAsync(async () =>
    {
        var email = await Accounts.CreateAsync(Fixture.App, Roles.Editor);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await Accounts.SignInAsync(Page, email, "Wrong-password-0000");
            await Expect(Page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        }

        await Accounts.SignInAsync(Page, email);

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Try again in 5 minutes");
        await Page.GotoAsync("/admin");
        await Expect(Page).ToHaveURLAsync(LoginUrl());
    });

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/papers")]
    [InlineData("/admin/users")]
    public Task ShouldSendAnonymousVisitorsOfAdminPagesToSignIn(string url) => JourneyAsync(async () =>
    {
        await Page.GotoAsync(url);

        await Expect(Page).ToHaveURLAsync(LoginUrl());
        await Expect(Page.GetByLabel("Password")).ToBeVisibleAsync();
    });

    private async Task<int> PaperIdAsync(string category, string title)
    {
        using var http = new HttpClient { BaseAddress = Fixture.BaseAddress };
        var page = await http.GetFromJsonAsync<JsonElement>($"/api/papers?category={category}&pageSize=200");
        return page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("title").GetString() == title).GetProperty("id").GetInt32();
    }

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginUrl();
}
