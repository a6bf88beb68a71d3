using AngleSharp.Html.Parser;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>
/// Hostile text in every field, whether typed by an editor (through the editor service) or arriving with the list
/// (written straight into the database, bypassing validation): every page shows it as text, no link leads to script.
/// </summary>
public sealed class XssTests(SharedApp app) : IClassFixture<SharedApp>
{
    private const string Script = "<script>alert('xss')</script>";
    private const string Img = "<img src=x onerror=alert(1)>";

    private static readonly string[] Payloads =
    [
        Script, Img, "javascript:alert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)", "java&#x09;script:alert(1)",
        "%6A%61vascript:alert(1)", "\" onmouseover=\"alert(1)", "[click](javascript:alert(1))", "[click](data:text/html,<script>alert(1)</script>)",
    ];

    private readonly HttpClient editor = app.Factory.CreateEditorClient();

    [Fact]
    public async Task ShouldRenderAnEditorsHostileTextHarmlessEverywhere()
    {
        var papers = app.Factory.Get<PaperEditor>();
        var form = papers.NewForm(await CategoryIdAsync());
        form.Title = $"Evil {Script} {Img} paper";
        form.Abstract = string.Join("\n", Payloads);
        form.Commentary = string.Join(" ", Payloads);
        form.Links = Payloads.Select((p, i) => new LinkForm { Label = p, Url = $"https://example.org/{i}?q={Uri.EscapeDataString(p)}" }).ToList();
        var saved = Assert.IsType<PaperSaved>(await papers.CreateAsync(form, Script, TestContext.Current.CancellationToken));

        await AssertHarmlessAsync(saved.PaperId);
    }

    [Fact]
    public async Task ShouldRenderHostileValuesFromTheListHarmlessEverywhere()
    {
        var id = await InsertUnvalidatedAsync();

        await AssertHarmlessAsync(id);
    }

    [Fact]
    public async Task ShouldRefuseScriptUrlsTypedIntoTheEditor()
    {
        var papers = app.Factory.Get<PaperEditor>();
        var form = papers.NewForm(await CategoryIdAsync());
        form.Title = "Links only";
        form.Links = Payloads.Select(p => new LinkForm { Label = "x", Url = p }).ToList();

        var invalid = Assert.IsType<PaperInvalid>(await papers.CreateAsync(form, "editor", TestContext.Current.CancellationToken));

        Assert.Equal(Payloads.Length, invalid.Errors.Count(e => e.Field.EndsWith(".Url", StringComparison.Ordinal)));
    }

    private async Task AssertHarmlessAsync(int id)
    {
        foreach (var url in new[] { $"/papers/{id}", "/papers", "/", $"/admin/papers/{id}", $"/admin/papers/{id}/history", "/admin/history", "/admin/papers?q=Evil" })
        {
            var html = url.StartsWith("/admin", StringComparison.Ordinal) ? await editor.GetStringAsync(url) : await app.Client.GetStringAsync(url);
            Assert.Contains("Evil", html);
            var document = new HtmlParser().ParseDocument(html);
            // The framework's and the app's own files, and structured data that is JSON through and through.
            Assert.Contains("_framework/blazor.web.js", document.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")));
            Assert.All(document.QuerySelectorAll("script[src]"), e => Assert.Matches(@"^(_framework/blazor\.web\.js|js/[a-z]+(\.[a-z0-9]+)?\.js)$", e.GetAttribute("src")));
            Assert.All(document.QuerySelectorAll("script:not([src]):not([type=importmap])"), e =>
            {
                Assert.Equal("application/ld+json", e.GetAttribute("type"));
                Assert.DoesNotContain("<", e.TextContent, StringComparison.Ordinal);
                using var json = System.Text.Json.JsonDocument.Parse(e.TextContent);
            });
            Assert.All(document.QuerySelectorAll("script[type=importmap]"), e => Assert.StartsWith("{", e.TextContent.Trim(), StringComparison.Ordinal));
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, svg, math, meta[http-equiv], base:not([href='/'])"));
            Assert.Single(document.QuerySelectorAll("base"));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{url}: {element.OuterHtml}");
                    if (attribute.Name is "href" or "src" or "action" or "formaction")
                        Assert.True(SafeTarget(attribute.Value), $"{url}: {attribute.Name}=\"{attribute.Value}\"");
                }
            }
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    private static bool SafeTarget(string value) =>
        value is "" or "." || value.StartsWith('/') || value.StartsWith('#') || value.StartsWith("_framework/", StringComparison.Ordinal)
        || value.StartsWith("https://", StringComparison.Ordinal) || value.StartsWith("http://", StringComparison.Ordinal)
        || (!value.Contains(':', StringComparison.Ordinal) && !value.StartsWith("//", StringComparison.Ordinal)); // relative to the page

    private async Task<int> InsertUnvalidatedAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        var category = await db.Categories.FirstAsync();
        var paper = new Paper
        {
            Title = $"Evil imported {Script}{Img}",
            CategoryId = category.Id,
            Year = 2024,
            Abstract = string.Join("\n", Payloads),
            Commentary = string.Join(" ", Payloads),
            GithubRepo = "x\"><script>alert(1)</script>",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Version = 1,
            Position = 999,
        };
        paper.Links.AddRange(Payloads.Select((p, i) => new PaperLink { Position = i, Kind = LinkKind.Other, Label = p, Url = p }));
        paper.Figures.Add(new PaperFigure { Position = 0, Path = "javascript:alert(1)//x.png" });
        db.Papers.Add(paper);
        await db.SaveChangesAsync();
        db.PaperRevisions.Add(new PaperRevision
        {
            PaperId = paper.Id, At = DateTime.UtcNow, Actor = Script, Kind = RevisionKind.Updated, Summary = Img,
            Changes = RevisionChanges.Serialize([new(PaperField.Title, Script, Img), new(PaperField.Links, "[]", $$"""[{"kind":"other","label":"{{Img.Replace("\"", "\\\"", StringComparison.Ordinal)}}","url":"javascript:alert(1)"}]""")]),
        });
        await db.SaveChangesAsync();
        return paper.Id;
    }

    private async Task<int> CategoryIdAsync()
    {
        await using var db = app.Factory.CreateDbContext();
        return await db.Categories.Select(c => c.Id).FirstAsync();
    }
}
