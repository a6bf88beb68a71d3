using System.Net;
using AngleSharp.Dom;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.LinkHealth;

/// <summary>
/// /admin/links over HTTP on a catalog whose links a local stub serves, checked once before the tests: every test sees
/// one link ok, two permanent redirects, one temporary and one flaky (a test that changes a paper puts it back or
/// leaves its link alone).
/// </summary>
public sealed class LinkHealthPageTests(LinkHealthPageTests.CheckedApp app) : IClassFixture<LinkHealthPageTests.CheckedApp>
{
    public sealed class CheckedApp : IAsyncLifetime
    {
        public LinkListApp Links { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Links.InitializeAsync();
            await Links.Links.CheckAsync();
        }

        public ValueTask DisposeAsync() => Links.DisposeAsync();
    }

    private LinkListApp Links => app.Links;

    [Fact]
    public async Task ShouldRequireAnEditorSignedIn()
    {
        var anonymous = Links.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var reader = Links.Factory.CreateClient(new() { AllowAutoRedirect = false }).As("reader@example.org");

        var refused = await anonymous.GetAsync("/admin/links", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=%2Fadmin%2Flinks", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/admin/links", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldBeInTheAdminNavigationAndOverview()
    {
        var overview = await Html.GetAsync(Links.Editor, "/admin");

        Assert.Contains("Link health", overview.Texts("nav[aria-label=Admin] a"));
        Assert.Equal("/admin/links", overview.QuerySelector("#links-heading a")!.GetAttribute("href"));
        Assert.StartsWith("0 broken · 1 flaky · 2 moved", overview.QuerySelector("section[aria-labelledby=links-heading] .overview-figure")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldCountEveryStateAndShowTheLinksMostInNeedFirst()
    {
        var page = await Html.GetAsync(Links.Editor, "/admin/links");

        Assert.Equal("Link health", page.QuerySelector("h1")!.Text());
        Assert.Equal(["All 5", "Broken 0", "Flaky 1", "Permanent redirect 2", "Temporary redirect 1", "Unchecked 0", "Ok 1"], page.Texts(".link-states a"));
        Assert.Equal(["flaky", "permanent redirect", "permanent redirect", "temporary redirect", "ok"], page.Texts("tbody .link-state"));
        var gone = Row(page, Links.Stub.Url("/gone"));
        Assert.Contains("HTTP 410 Gone", gone.Text());
        Assert.Contains("1 failed check in the last 7 days", gone.Text());
        Assert.NotNull(gone.QuerySelector("time[datetime]"));
        Assert.Equal("failed 410", gone.QuerySelector(".link-history li")!.Text()[12..]);
    }

    [Fact]
    public async Task ShouldFilterByStateInTheAddress()
    {
        var page = await Html.GetAsync(Links.Editor, "/admin/links?state=temporary-redirect");

        Assert.Equal([Links.Stub.Url("/found")], page.Texts("tbody .link-url"));
        Assert.Equal("page", page.QuerySelector(".link-states a.active")!.GetAttribute("aria-current"));
        Assert.Contains($"HTTP 200 after 302 to {Links.Stub.Url("/ok")}", Row(page, Links.Stub.Url("/found")).Text());
    }

    [Fact]
    public async Task ShouldSayWhenAFilterNamesNoStateAndShowEveryLink()
    {
        var page = await Html.GetAsync(Links.Editor, "/admin/links?state=lost");

        Assert.StartsWith("There is no state 'lost'; showing every link.", page.QuerySelector("[role=alert]")!.Text());
        Assert.Equal(5, page.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task ShouldSayWhenNoLinkIsInAState()
    {
        var page = await Html.GetAsync(Links.Editor, "/admin/links?state=unchecked");

        Assert.Equal("No link is unchecked.", page.QuerySelector(".empty")!.Text());
    }

    [Fact]
    public async Task ShouldLinkEachPaperToItsEditorAtTheField()
    {
        var page = await Html.GetAsync(Links.Editor, "/admin/links");
        var id = await Links.PaperIdAsync(LinkListApp.Steady);

        var links = Row(page, Links.Stub.Url("/found")).QuerySelectorAll(".link-papers a");

        var link = Assert.Single(links);
        Assert.Equal($"/admin/papers/{id}?focus=link-url-0#link-url-0", link.GetAttribute("href"));
        Assert.Equal($"#{id} {LinkListApp.Steady}", link.Text());
        var shared = Row(page, Links.Stub.Url("/ok")).QuerySelectorAll(".link-papers li");
        Assert.Contains(shared, li => li.Text().EndsWith("title link", StringComparison.Ordinal));
        Assert.True(shared.Length >= 3);
    }

    [Fact]
    public async Task ShouldOpenTheEditorWithTheFieldTheLinkNamed()
    {
        var id = await Links.PaperIdAsync(LinkListApp.Steady);

        var html = await Links.Editor.GetStringAsync($"/admin/papers/{id}?focus=link-url-0", TestContext.Current.CancellationToken);

        Assert.Contains("id=\"link-url-0\"", html);
        Assert.Contains("paper-url", html);
    }

    [Fact]
    public async Task ShouldOfferTheNewUrlOnlyForPermanentRedirects()
    {
        var page = await Html.GetAsync(Links.Editor, "/admin/links");

        var offers = page.QuerySelectorAll("button[name=Replace]");

        Assert.Equal(2, offers.Length);
        Assert.All(offers, b => Assert.Equal("Replace with the new URL", b.Text()));
        Assert.Contains($"Moved to {Links.Stub.Url("/ok")}", Row(page, Links.Stub.Url("/moved-a")).Text());
        Assert.Null(Row(page, Links.Stub.Url("/found")).QuerySelector("button[name=Replace]"));
    }

    [Fact]
    public async Task ShouldReplaceAPermanentRedirectThroughTheEditorSoThatHistoryCanRevertIt()
    {
        var id = await Links.PaperIdAsync(LinkListApp.MovedA);
        var page = await Links.Editor.GetStringAsync("/admin/links", TestContext.Current.CancellationToken);
        var button = Row(Html.Parse(page), Links.Stub.Url("/moved-a")).QuerySelector("button[name=Replace]")!;

        var response = await Forms.PostWithoutFetchingAsync(Links.Editor, "/admin/links", "link-replace",
            new() { ["Replace"] = button.GetAttribute("value")! }, Forms.TokenOf(page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains($"“{LinkListApp.MovedA}” (#{id}): {Links.Stub.Url("/moved-a")} replaced by {Links.Stub.Url("/ok")}.",
            after.Texts("[role=status]"));
        Assert.Equal(Links.Stub.Url("/ok"), (await Links.PaperAsync(LinkListApp.MovedA)).Url);

        var history = await Links.Editor.GetStringAsync($"/admin/papers/{id}/history", TestContext.Current.CancellationToken);
        var revision = Html.Parse(history).QuerySelectorAll(".revision").First(r => r.Text().Contains("link health", StringComparison.Ordinal));
        Assert.Contains("editor@example.org", revision.Text());
        var revert = await Forms.PostWithoutFetchingAsync(Links.Editor, $"/admin/papers/{id}/history", "revert",
            new() { ["RevisionId"] = revision.QuerySelector("button.revert")!.GetAttribute("value")! }, Forms.TokenOf(history));

        Assert.Equal(HttpStatusCode.OK, revert.StatusCode);
        Assert.Equal(Links.Stub.Url("/moved-a"), (await Links.PaperAsync(LinkListApp.MovedA)).Url);
    }

    [Fact]
    public async Task ShouldReplaceNothingInAPaperChangedSinceThePageWasLoaded()
    {
        var id = await Links.PaperIdAsync(LinkListApp.MovedB);
        var page = await Links.Editor.GetStringAsync("/admin/links", TestContext.Current.CancellationToken);
        var value = Row(Html.Parse(page), Links.Stub.Url("/moved-b")).QuerySelector("button[name=Replace]")!.GetAttribute("value")!;
        var editor = Links.Factory.Get<PaperEditor>();
        var loaded = (await editor.LoadAsync(id, TestContext.Current.CancellationToken))!;
        loaded.Form.Abstract = "Edited by someone else meanwhile.";
        Assert.IsType<PaperSaved>(await editor.UpdateAsync(id, loaded.Form, "someone else", ct: TestContext.Current.CancellationToken));

        var response = await Forms.PostWithoutFetchingAsync(Links.Editor, "/admin/links", "link-replace", new() { ["Replace"] = value }, Forms.TokenOf(page));

        var after = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains($"“{LinkListApp.MovedB}” (#{id}) was changed by someone else since this page was loaded; nothing was replaced there. Reload the page and try again.",
            after.Texts("[role=alert]"));
        var paper = await Links.PaperAsync(LinkListApp.MovedB);
        Assert.Equal((Links.Stub.Url("/moved-b"), "Edited by someone else meanwhile."), (paper.Links.Single().Url, paper.Abstract));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("x:1.2")]
    [InlineData("1:2.x,3")]
    public async Task ShouldExplainAReplacementItCannotRead(string value)
    {
        var response = await Forms.PostAsync(Links.Editor, "/admin/links", "link-replace", new() { ["Replace"] = value });

        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("That replacement could not be read; reload the page and try again.", page.Texts("[role=alert]"));
    }

    [Fact]
    public async Task ShouldRefuseAReplacementWithoutTheAntiforgeryToken()
    {
        var response = await Forms.PostWithoutFetchingAsync(Links.Editor, "/admin/links", "link-replace", new() { ["Replace"] = "1:1.1" }, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static IElement Row(IParentNode page, string url) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector(".link-url")!.Text() == url);
}
