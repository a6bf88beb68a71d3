using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AwesomeClip.Core.Suggestions;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Localization;

/// <summary>The app over an all-Chinese list (<see cref="TestLists.Chinese"/>), a suggestion waiting and a second user.</summary>
public sealed class ChineseListApp() : ListApp(TestLists.Chinese)
{
    private Task<(int PaperId, string UserId)>? seeded;

    // The tests of a class run one at a time: the first seeds.
    public Task<(int PaperId, string UserId)> SeededAsync() => seeded ??= SeedAsync(Factory);

    private static async Task<(int, string)> SeedAsync(AppFactory factory)
    {
        var paper = await PaperIdAsync(factory, "快速检索一切");
        var (_, user) = await SignIn.CreateUserAsync(factory, "Editor", "bianji@example.org");
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SuggestionBox>()
            .SendAsync(new SuggestionInput("一篇新的论文", "https://example.org/xin", null, "值得收录。", null), Guid.NewGuid());
        return (paper, user);
    }
}

/// <summary>
/// Every page in the localised scope, rendered for a Chinese reader, shows no English of its own (ADR-035): visible text
/// and the title, aria-label, placeholder and alt attributes (and input buttons' values) hold no Latin words beyond
/// <see cref="Allowed"/>, except in code, in data marked <c>lang="en"</c> or <c>translate="no"</c>.
/// </summary>
public sealed partial class UnlocalisedTextTests(ChineseListApp app) : IClassFixture<ChineseListApp>
{
    /// <summary>Pages other engineers are rewriting; localised after the merge (then empty this list and the next).</summary>
    public static readonly IReadOnlyList<string> PagesLocalisedLater = [];

    /// <summary>MainLayout's own text (and its SearchBox), localised with the pages above.</summary>
    public static readonly IReadOnlyList<string> LayoutLocalisedLater = [];

    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "AwesomeClip", "BibTeX", "JSON", "API", "GitHub", "arXiv", "URL", "Atom", "DOI", "UTC", "Markdown", "PNG", "JPEG", "WebP", "MB", "KB", "id",
    };

    public static TheoryData<string> PublicPages => new()
    {
        "/", "/papers", "/papers?category=tu-wen-jian-suo", "/papers?year=2023", "/papers?page=2", "/papers?category=no-such", "/papers?page=x",
        "/search", "/search?q=检索", "/search?q=检索&yearFrom=2021&hasCode=true&sort=newest", "/search?q=检索&yearTo=2022", "/search?q=没有这个词",
        "/papers/{paper}", "/papers/999999", "/no-such-page", "/Error", "/Account/Login", "/Account/AccessDenied", "/suggest", "/suggest/sent",
    };

    public static TheoryData<string> AdminPages => new()
    {
        "/admin", "/admin/papers", "/admin/papers?trash=true",
        "/admin/papers/{paper}", "/admin/papers/999999", "/admin/papers/new", "/admin/papers/new?suggestion=1", "/admin/papers/new?suggestion=999",
        "/admin/papers/{paper}/history", "/admin/history", "/admin/categories", "/admin/import", "/admin/suggestions", "/admin/links",
        "/admin/users", "/admin/users/{user}", "/admin/users/nobody",
    };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task ShouldShowAChineseReaderNoEnglishOnAPublicPage(string path) => await AssertChineseAsync(path, admin: false);

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task ShouldShowAChineseAdminNoEnglishOnAnAdminPage(string path) => await AssertChineseAsync(path, admin: true);

    [Fact]
    public void ShouldFindEnglishWhereThereIsSome()
    {
        var page = Html.Parse("""<html lang="zh-CN"><body><p>论文 Papers</p><p lang="en">Title</p><code>x</code><input type="submit" value="Send" /><a title="Open">开</a></body></html>""");

        Assert.Equal(["Papers", "Send", "Open"], EnglishIn(page).Select(e => e.Word));
    }

    private async Task AssertChineseAsync(string template, bool admin)
    {
        var (paper, user) = await app.SeededAsync();
        var path = template.Replace("{paper}", paper.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{user}", Uri.EscapeDataString(user), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Accept-Language", "zh-CN,zh;q=0.9");
        if (admin)
        {
            request.Headers.Add(TestAuth.UserHeader, "guanliyuan@example.org");
            request.Headers.Add(TestAuth.RolesHeader, "Admin");
        }
        var response = await app.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode is 200 or 403 or 404 or 500, $"GET {path} answered {(int)response.StatusCode}");
        var page = Html.Parse(html);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));

        var english = EnglishIn(page).ToList();
        Assert.True(english.Count == 0, $"GET {path} shows English: " + string.Join("; ", english.Select(e => $"\"{e.Word}\" in “{e.Context}”")));
    }

    private static IEnumerable<(string Word, string Context)> EnglishIn(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        foreach (var node in page.Descendants<IText>().Where(t => t.ParentElement is { } parent && IsChecked(parent)))
        {
            foreach (var word in Words(node.Data)) yield return (word, node.Data.Trim());
        }
        foreach (var element in page.Descendants<IElement>().Where(IsChecked))
        {
            var texts = new[] { "title", "aria-label", "placeholder", "alt" }.Select(element.GetAttribute).ToList();
            if (element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button" or "reset") texts.Add(element.GetAttribute("value"));
            foreach (var text in texts.OfType<string>())
            {
                foreach (var word in Words(text)) yield return (word, $"{element.LocalName} {text}");
            }
        }
    }

    /// <summary>Latin words, leaving out web and email addresses (data in no language).</summary>
    private static IEnumerable<string> Words(string text) =>
        LatinWord().Matches(Address().Replace(text, " ")).Select(m => m.Value).Where(w => !Allowed.Contains(w));

    [GeneratedRegex(@"https?://\S*|[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Address();

    /// <summary>Interface text: in Chinese, not code, not data kept in its own language, not the layout localised later.</summary>
    private static bool IsChecked(IElement element)
    {
        if (element.Closest("script, style, code, pre, template, [translate=no]") is not null) return false;
        if (LayoutLocalisedLater.Any(selector => element.Closest(selector) is not null)) return false;
        var lang = element.Closest("[lang]")?.GetAttribute("lang") ?? "";
        return lang.StartsWith("zh", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();
}
