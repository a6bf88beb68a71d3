using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>
/// The categories as a tree on /admin/categories, posted like a browser (static forms): create under a section, move
/// under another, reorder among siblings, delete. Each test starts from <see cref="TestLists.Bullets"/>
/// (Vision › Detection, Generation; Language › Generation).
/// </summary>
public sealed class CategoryTreeAdminTests : IDisposable
{
    private const string Page = "/admin/categories";
    private readonly AppFactory factory = new() { Settings = { ["Seed:ListPath"] = TestLists.Bullets } };
    private readonly HttpClient editor;

    public CategoryTreeAdminTests() => editor = factory.CreateEditorClient();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task ShouldCreateACategoryAsTheLastSectionOfTheOneItIsUnder()
    {
        var notice = await PostAsync("create-category", ("Name", "Tracking"), ("Parent", await IdAsync("vision")));

        Assert.Equal("Category 'Tracking' was created.", notice);
        Assert.Equal(["vision", "detection", "generation", "tracking", "language", "language-generation"], (await TreeAsync()).Select(c => c.Slug));
        var tracking = (await TreeAsync()).Single(c => c.Slug == "tracking");
        Assert.Equal(("vision", 1, 0), (tracking.Parent, tracking.Depth, tracking.Count));
    }

    [Fact]
    public async Task ShouldOfferTheTreeIndentedWhereACategoryCanBePut()
    {
        var page = await Html.GetAsync(editor, Page);

        var options = page.QuerySelectorAll("#new-category-parent option").Select(o => o.TextContent).ToList();
        Assert.Equal(["the top level", "Vision", "  Detection", "  Generation", "Language", "  Generation"], options);
        Assert.Equal(["depth-0", "depth-1", "depth-1", "depth-0", "depth-1"], page.QuerySelectorAll("table.categories tbody tr").Select(r => r.ClassName));
    }

    [Fact]
    public async Task ShouldNotOfferToPutACategoryUnderItselfOrItsSections()
    {
        var page = await Html.GetAsync(editor, Page);

        var vision = await IdAsync("vision");
        var options = page.QuerySelectorAll($"#parent-{vision} option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(["the top level", "Language", "Generation"], options);
        Assert.True(((IHtmlOptionElement)page.QuerySelector($"#parent-{vision} option")!).IsSelected);
    }

    [Fact]
    public async Task ShouldRefuseASecondCategoryOfTheSameNameInOneSection()
    {
        var before = await TreeAsync();

        var notice = await PostAsync("create-category", ("Name", "detection"), ("Parent", await IdAsync("vision")));

        Assert.Equal("There is already a category named 'detection' in that section.", notice);
        Assert.Equal(before, await TreeAsync());
    }

    [Fact]
    public async Task ShouldRefuseASecondTopLevelCategoryOfTheSameName()
    {
        var notice = await PostAsync("create-category", ("Name", " Vision "));

        Assert.Equal("There is already a category named 'Vision'.", notice);
        Assert.Equal(5, (await TreeAsync()).Count);
    }

    [Fact]
    public async Task ShouldAllowTheSameNameUnderAnotherSection()
    {
        var notice = await PostAsync("create-category", ("Name", "Detection"), ("Parent", await IdAsync("language")));

        Assert.Equal("Category 'Detection' was created.", notice);
        var detections = (await TreeAsync()).Where(c => c.Name == "Detection").ToList();
        Assert.Equal([("detection", "vision"), ("language-detection", "language")], detections.Select(c => (c.Slug, c.Parent)));
    }

    [Fact]
    public async Task ShouldRenameACategoryToANameOnlyAnotherSectionsCategoryHas()
    {
        var refused = await PostAsync($"rename-{await IdAsync("generation")}", ("Name", "Detection"));
        var renamed = await PostAsync($"rename-{await IdAsync("language-generation")}", ("Name", "Detection"));

        Assert.Equal("There is already a category named 'Detection' in that section.", refused);
        Assert.Equal("'Generation' is now 'Detection'.", renamed);
        var tree = await TreeAsync();
        Assert.Equal(["Vision", "Detection", "Generation", "Language", "Detection"], tree.Select(c => c.Name));
        Assert.Equal("language-generation", tree[4].Slug); // renaming keeps the address
    }

    [Fact]
    public async Task ShouldRefuseToCreateUnderACategoryThatDoesNotExist()
    {
        var notice = await PostAsync("create-category", ("Name", "Orphan"), ("Parent", "999999"));

        Assert.Equal("Choose an existing category to put the new one under.", notice);
        Assert.DoesNotContain(await TreeAsync(), c => c.Name == "Orphan");
    }

    [Fact]
    public async Task ShouldMoveACategoryWithItsPapersUnderAnother()
    {
        var detection = await IdAsync("detection");

        var notice = await PostAsync($"parent-{detection}", ("Parent", await IdAsync("language")));

        Assert.Equal("'Detection' is now under 'Language'.", notice);
        Assert.Equal(["vision", "generation", "language", "language-generation", "detection"], (await TreeAsync()).Select(c => c.Slug));
        var paper = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/papers/{await ListApp.PaperIdAsync(factory, "Tiny Boxes Everywhere")}", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["language", "detection"], paper.GetProperty("categoryPath").EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        var language = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/papers?category=language", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(4, language.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ShouldMoveAGroupWithItsSectionsToTheTopLevel()
    {
        var language = await IdAsync("language");
        await PostAsync($"parent-{language}", ("Parent", await IdAsync("vision")));

        var notice = await PostAsync($"parent-{language}", ("Parent", ""));

        Assert.Equal("'Language' is now under the top level.", notice);
        var tree = await TreeAsync();
        Assert.Equal(["vision", "detection", "generation", "language", "language-generation"], tree.Select(c => c.Slug));
        Assert.Equal([null, "vision", "vision", null, "language"], tree.Select(c => c.Parent));
    }

    [Fact]
    public async Task ShouldRefuseToMoveACategoryUnderItsOwnSection()
    {
        var before = await TreeAsync();

        var notice = await PostAsync($"parent-{await IdAsync("vision")}", ("Parent", await IdAsync("detection")));

        Assert.Equal("'Vision' cannot go under its own section.", notice);
        Assert.Equal(before, await TreeAsync());
    }

    [Fact]
    public async Task ShouldRefuseToMoveACategoryWhereASiblingHasItsName()
    {
        var before = await TreeAsync();

        var notice = await PostAsync($"parent-{await IdAsync("generation")}", ("Parent", await IdAsync("language")));

        Assert.Equal("There is already a category named 'Generation' in that section.", notice);
        Assert.Equal(before, await TreeAsync());
    }

    [Fact]
    public async Task ShouldReorderACategoryAmongItsSiblingsOnly()
    {
        var notice = await PostAsync($"move-{await IdAsync("generation")}", ("Direction", "-1"));

        Assert.Equal("'Generation' moved up.", notice);
        Assert.Equal(["vision", "generation", "detection", "language", "language-generation"], (await TreeAsync()).Select(c => c.Slug));
    }

    [Fact]
    public async Task ShouldMoveATopLevelCategoryWithItsSections()
    {
        var notice = await PostAsync($"move-{await IdAsync("language")}", ("Direction", "-1"));

        Assert.Equal("'Language' moved up.", notice);
        var tree = await TreeAsync();
        Assert.Equal(["language", "language-generation", "vision", "detection", "generation"], tree.Select(c => c.Slug));
        Assert.Equal(Enumerable.Range(0, 5), tree.Select(c => c.Order));
        Assert.Equal(["Language", "Vision"], (await Html.GetAsync(factory.CreateClient(), "/")).Texts(".category-grid .category-name"));
    }

    [Theory]
    [InlineData("detection", "-1", "'Detection' is already first.")]
    [InlineData("generation", "1", "'Generation' is already last.")]
    [InlineData("language-generation", "-1", "'Generation' is already first.")]
    public async Task ShouldRefuseToMoveACategoryPastTheEndOfItsSiblings(string slug, string direction, string message)
    {
        var before = await TreeAsync();

        var notice = await PostAsync($"move-{await IdAsync(slug)}", ("Direction", direction));

        Assert.Equal(message, notice);
        Assert.Equal(before, await TreeAsync());
    }

    [Fact]
    public async Task ShouldDisableTheMovesThatWouldLeaveTheSiblings()
    {
        var page = await Html.GetAsync(editor, Page);

        string Disabled(string label) => page.QuerySelector($"button[aria-label='{label}']")!.HasAttribute("disabled") ? "disabled" : "enabled";
        Assert.Equal(["disabled", "enabled", "enabled", "disabled"], new[] { "Move Detection up", "Move Detection down", "Move Vision down", "Move Language down" }.Select(Disabled));
    }

    [Fact]
    public async Task ShouldRefuseToDeleteACategoryThatHasSectionsAndSayWhatToDo()
    {
        var notice = await PostAsync($"delete-{await IdAsync("vision")}");

        Assert.Equal("'Vision' has 2 section(s) of its own; move or delete them first.", notice);
        Assert.Equal(5, (await TreeAsync()).Count);
        Assert.Equal(4, (await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/papers?category=vision", cancellationToken: TestContext.Current.CancellationToken)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task ShouldDeleteAGroupOnceItsSectionsAreGone()
    {
        var language = await IdAsync("language");
        await PostAsync($"parent-{await IdAsync("detection")}", ("Parent", language));
        await PostAsync($"delete-{await IdAsync("generation")}", ("MoveTo", language));

        var notice = await PostAsync($"delete-{await IdAsync("vision")}");

        Assert.Equal("Category 'Vision' was deleted.", notice);
        Assert.Equal(["language", "language-generation", "detection"], (await TreeAsync()).Select(c => c.Slug));
    }

    [Fact]
    public async Task ShouldShowANewSubCategoryOnTheCachedHomePageAtOnce()
    {
        var visitor = SignIn.AnonymousClient(factory);
        await visitor.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Tracking", await visitor.GetStringAsync("/", TestContext.Current.CancellationToken)); // now served from the cache

        await PostAsync("create-category", ("Name", "Tracking"), ("Parent", await IdAsync("vision")));

        Assert.Equal(["Detection 2", "Generation 2", "Tracking 0"], (await Html.GetAsync(visitor, "/")).Texts("[aria-label='Sections of Vision'] a"));
    }

    private sealed record Node(string Slug, string Name, string? Parent, int Depth, int Order, int Count);

    private async Task<List<Node>> TreeAsync()
    {
        var categories = await factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/categories");
        return [.. categories!.Select(c => new Node(
            c.GetProperty("slug").GetString()!,
            c.GetProperty("name").GetString()!,
            c.GetProperty("parent").ValueKind == JsonValueKind.Null ? null : c.GetProperty("parent").GetString(),
            c.GetProperty("depth").GetInt32(),
            c.GetProperty("order").GetInt32(),
            c.GetProperty("count").GetInt32()))];
    }

    private async Task<string> IdAsync(string slug) =>
        (await ListApp.CategoryIdAsync(factory, slug)).ToString(CultureInfo.InvariantCulture);

    /// <summary>Posts one of the page's forms and returns the notice the page answers with.</summary>
    private async Task<string> PostAsync(string form, params (string Name, string Value)[] fields)
    {
        var response = await editor.PostFormAsync(Page, form, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        return page.QuerySelector(".notice")?.Text() ?? throw new InvalidOperationException($"No notice after posting {form}.");
    }
}
