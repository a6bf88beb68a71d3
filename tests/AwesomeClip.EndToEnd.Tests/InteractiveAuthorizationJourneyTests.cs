using AwesomeClip.EndToEnd.Tests.TestSupport;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AwesomeClip.EndToEnd.Tests;

/// <summary>An open interactive editor acts only for a user who may still act: checked when the action runs, in a real browser.</summary>
public sealed class InteractiveAuthorizationJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    private const string SignedOutNotice = "You are not signed in as an Editor any more";

    [Fact]
    public Task ShouldNotUploadFromAnOpenEditorOnceAnAdminLockedTheEditor() => JourneyAsync(async () =>
    {
        var email = await Accounts.CreateAsync(Fixture.App, Roles.Editor);
        await Accounts.SignInAsync(Page, email);
        await Page.GotoAsync("/admin/papers/new");
        await WaitForInteractivityAsync(Page);
        var before = Figures();

        await using (var scope = Fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            Assert.True((await users.LockAsync((await users.FindByEmailAsync(email))!.Id, null)).Succeeded);
        }
        await Page.Locator("#figure-upload").SetInputFilesAsync(SeedFigure());

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync(SignedOutNotice);
        Assert.Equal(before, Figures());
    });

    [Fact]
    public Task ShouldGiveNoLiveEditorToABrowserThatReplaysTheEditorsPageWithoutItsCookie() => JourneyAsync(async () =>
    {
        await Accounts.SignInAsync(Page, await Accounts.CreateAsync(Fixture.App, Roles.Editor));
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Admin" })).ToBeVisibleAsync();
        var prerendered = await (await Page.APIRequest.GetAsync("/admin/papers/new")).TextAsync();
        Assert.Contains("paper-title", prerendered, StringComparison.Ordinal);
        var before = Figures();

        var stranger = await NewPageAsync(await NewContextAsync());
        await stranger.RouteAsync("**/replayed-editor", route => route.FulfillAsync(new() { Body = prerendered, ContentType = "text/html; charset=utf-8" }));
        await stranger.GotoAsync("/replayed-editor");
        await WaitForInteractivityAsync(stranger);

        await Expect(stranger.GetByRole(AriaRole.Alert)).ToContainTextAsync(SignedOutNotice);
        Assert.Equal(0, await stranger.Locator("#figure-upload").CountAsync());
        Assert.Equal(0, await stranger.Locator("form.paper-editor").CountAsync());
        Assert.Equal(before, Figures());
    });

    private string[] Figures()
    {
        var folder = Path.Combine(Fixture.App.DataDirectory, "figures");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order()] : [];
    }

    private static string SeedFigure() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seed", "images"), "*.png").OrderBy(f => new FileInfo(f).Length).First();
}
