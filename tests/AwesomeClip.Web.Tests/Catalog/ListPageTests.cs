using AngleSharp.Dom;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Catalog;

/// <summary>The reading pages (static rendering) of a list that is not Awesome-CLIP: <see cref="TestLists.Bullets"/> and <see cref="TestLists.Table"/>.</summary>
public sealed class ListPageTests(BulletListApp bullets, TableListApp table) : IClassFixture<BulletListApp>, IClassFixture<TableListApp>
{
    [Fact]
    public async Task ShouldNameTheSiteAfterTheImportedListWithoutItsBadges()
    {
        var home = await Html.GetAsync(bullets.Client, "/");

        Assert.Equal("Awesome Tiny Vision", home.QuerySelector("header .brand")!.Text());
        Assert.Equal("Awesome Tiny Vision, as a catalog", home.QuerySelector("main h1")!.Text());
        Assert.StartsWith("Awesome Tiny Vision", home.Title);
        Assert.Contains("Awesome Tiny Vision reading list", home.QuerySelector("footer")!.Text());
        Assert.DoesNotContain("Awesome-CLIP", home.DocumentElement.OuterHtml);
        Assert.DoesNotContain("awesome.re", home.QuerySelector("header")!.OuterHtml);
    }

    [Fact]
    public async Task ShouldIntroduceTheSiteWithTheListsFirstParagraph()
    {
        var home = await Html.GetAsync(bullets.Client, "/");

        Assert.Equal("A small hand-made list of vision and language papers, written to test AwesomeClip.", home.QuerySelector(".hero .intro")!.Text());
        Assert.Equal("6 papers in 4 categories, 2020–2023.", home.QuerySelector(".hero .lede")!.Text());
    }

    [Fact]
    public async Task ShouldNameEveryPageAfterTheListThatWasImported()
    {
        var home = await Html.GetAsync(table.Client, "/");
        var paper = await Html.GetAsync(table.Client, $"/papers/{await table.PaperIdAsync("Captions Count")}");

        Assert.Equal("Retrieval Papers Table", home.QuerySelector("header .brand")!.Text());
        Assert.Equal("Papers on retrieval and captioning, kept as tables.", home.QuerySelector(".hero .intro")!.Text());
        Assert.Equal("Retrieval Papers Table", paper.QuerySelector("header .brand")!.Text());
        Assert.DoesNotContain("Awesome-CLIP", paper.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task ShouldShowTopCategoriesOnTheHomePageWithTheirSubCategoriesUnderThem()
    {
        var home = await Html.GetAsync(bullets.Client, "/");

        var cards = home.QuerySelectorAll(".category-grid > li").ToList();
        Assert.Equal(["Vision", "Language"], cards.Select(c => c.QuerySelector(".category-name")!.Text()));
        Assert.Equal(["4", "2"], cards.Select(c => c.QuerySelector(".category-card .count")!.Text()));
        Assert.Equal(
            [("/papers?category=detection", "Detection 2"), ("/papers?category=generation", "Generation 2")],
            SubCategories(cards[0]));
        Assert.Equal([("/papers?category=language-generation", "Generation 1")], SubCategories(cards[1]));
    }

    [Fact]
    public async Task ShouldListAGroupsSectionsUnderSubHeadingsOnItsPage()
    {
        var page = await Html.GetAsync(bullets.Client, "/papers?category=vision");

        Assert.Equal("Vision", page.QuerySelector("main h1")!.Text());
        Assert.Equal("4 papers", page.QuerySelector("main .lede")!.Text());
        var sections = page.QuerySelectorAll(".category-section").ToList();
        Assert.Equal(["Detection", "Generation"], sections.Select(s => s.QuerySelector("h2")!.Text()));
        Assert.Equal(["/papers?category=detection", "/papers?category=generation"], sections.Select(s => s.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Equal(["Tiny Boxes Everywhere", "Boxes at Scale"], sections[0].Texts(".paper-title"));
        Assert.Equal(["Painting with Noise", "Pixels in Order"], sections[1].Texts(".paper-title"));
        Assert.DoesNotContain("Words in Context", page.QuerySelector("main")!.TextContent);
        Assert.Equal(["Detection 2", "Generation 2"], page.Texts("[aria-label='Sections of Vision'] .chip"));
    }

    [Fact]
    public async Task ShouldCombineAGroupWithAYear()
    {
        var page = await Html.GetAsync(bullets.Client, "/papers?category=vision&year=2023");

        Assert.Equal(["Pixels in Order"], page.Texts(".paper-title"));
        Assert.Equal(["All years", "2023 1", "2022 1", "2021 2"], page.Texts("[aria-label='Year'] .chip"));
        Assert.Equal("1 paper from 2023", page.QuerySelector("main .lede")!.Text());
    }

    [Fact]
    public async Task ShouldShowACategorysOwnPapersAndThenItsSectionsPapers()
    {
        var page = await Html.GetAsync(bullets.Client, "/papers?category=language");

        var sections = page.QuerySelectorAll(".category-section").ToList();
        Assert.Equal(2, sections.Count);
        Assert.Contains("visually-hidden", sections[0].QuerySelector("h2")!.ClassList);
        Assert.Equal(["Words in Context"], sections[0].Texts(".paper-title"));
        Assert.Equal("Generation", sections[1].QuerySelector("h2")!.Text());
        Assert.Equal(["Stories from Tokens"], sections[1].Texts(".paper-title"));
        Assert.Equal("2 papers", page.QuerySelector("main .lede")!.Text());
    }

    [Fact]
    public async Task ShouldHeadEachSectionWithItsPathOnTheAllPapersPage()
    {
        var page = await Html.GetAsync(bullets.Client, "/papers");

        Assert.Equal(["Vision › Detection", "Vision › Generation", "Language", "Language › Generation"], page.Texts(".category-section h2"));
        Assert.Equal(["Vision 4", "Language 2"], page.Texts("[aria-label='Category'] .chip:not(:first-child)"));
    }

    [Fact]
    public async Task ShouldMarkTheWholePathOfASubSectionAsChosen()
    {
        var page = await Html.GetAsync(bullets.Client, "/papers?category=language-generation");

        Assert.Equal("Generation", page.QuerySelector("main h1")!.Text());
        Assert.Equal(["Language 2"], page.Texts("[aria-label='Category'] .chip.active"));
        Assert.Equal(["Generation 1"], page.Texts("[aria-label='Sections of Language'] .chip.active"));
        Assert.Equal("page", page.QuerySelector("[aria-label='Sections of Language'] .chip.active")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task ShouldShowAuthorsAndShortVenueInPaperRows()
    {
        var page = await Html.GetAsync(bullets.Client, "/papers?category=generation");

        var row = page.QuerySelectorAll(".paper-row").First(r => r.QuerySelector(".paper-title")!.Text() == "Painting with Noise");
        Assert.Equal("Edsger Dijkstra, Barbara Liskov", row.QuerySelector(".paper-authors")!.Text());
        Assert.Equal("NeurIPS", row.QuerySelector(".venue")!.Text());
        Assert.Equal("NIPS", row.QuerySelector(".venue")!.GetAttribute("title"));
    }

    [Fact]
    public async Task ShouldShowAPapersPathAuthorsVenueAndYearOnItsPage()
    {
        var page = await PaperPageAsync(bullets, "Tiny Boxes Everywhere");

        Assert.Equal(["Papers", "Vision", "Detection", "2021"], page.Texts(".breadcrumbs a"));
        Assert.Equal(["/papers", "/papers?category=vision", "/papers?category=detection", "/papers?category=detection&year=2021"],
            page.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Ada Lovelace, Grace Hopper", page.QuerySelector(".paper .authors")!.Text());
        Assert.Equal("CVPR", Fact(page, "Venue"));
        Assert.Equal("2021", Fact(page, "Year"));
        Assert.Equal("Detection", Fact(page, "Category"));
        Assert.Null(Fact(page, "Date"));
    }

    [Fact]
    public async Task ShouldLinkTheTitleToItsLinkWithoutGivingTheOtherSiteTheWindow()
    {
        var page = await PaperPageAsync(bullets, "Tiny Boxes Everywhere");

        var link = page.QuerySelector(".paper h1 a")!;
        Assert.Equal("https://example.org/tiny-boxes", link.GetAttribute("href"));
        Assert.Equal("Tiny Boxes Everywhere", link.Text());
        var rel = (link.GetAttribute("rel") ?? "").Split(' ');
        Assert.Contains("noopener", rel);
        Assert.Contains("noreferrer", rel);
        Assert.Null(link.GetAttribute("target"));
    }

    [Fact]
    public async Task ShouldShowAVenueWrittenOtherwiseWithItsShortName()
    {
        var page = await PaperPageAsync(bullets, "Painting with Noise");

        Assert.Equal("NeurIPS (NIPS)", Fact(page, "Venue"));
        Assert.Equal("NIPS", page.QuerySelector(".paper-facts abbr")!.GetAttribute("title"));
    }

    [Fact]
    public async Task ShouldShowTheFullDateWhenTheListGivesIt()
    {
        var page = await PaperPageAsync(table, "Captions Count");

        Assert.Equal("2023-06-30", Fact(page, "Date"));
        Assert.Null(Fact(page, "Year"));
        Assert.Equal("2023-06-30", page.QuerySelector(".paper-facts time")!.GetAttribute("datetime"));
        Assert.Equal("ICCV", Fact(page, "Venue"));
        Assert.Equal("Ada Lovelace, Alan Turing", page.QuerySelector(".paper .authors")!.Text());
        Assert.Equal("/figures/captions.png", page.QuerySelector(".paper-figure img")!.GetAttribute("src"));
    }

    [Fact]
    public async Task ShouldShowAFigureOutsideImagesFromTheListsFolder()
    {
        var page = await PaperPageAsync(table, "Short Captions");

        Assert.Equal("/list/assets/short-captions.png", page.QuerySelector(".paper-figure img")!.GetAttribute("src"));
        Assert.Equal("2024-02", Fact(page, "Date"));
    }

    [Fact]
    public async Task ShouldShowATablesOtherColumnsAsFacts()
    {
        var page = await PaperPageAsync(table, "Fast Retrieval of Everything");

        Assert.Equal("image-text", Fact(page, "Task"));
        Assert.Equal(["Papers", "Retrieval", "2022"], page.Texts(".breadcrumbs a"));
        Assert.Null(page.QuerySelector(".paper .authors"));
    }

    [Fact]
    public async Task ShouldLinkAFileBesideTheListAndLeaveOutAPageBesideIt()
    {
        var page = await PaperPageAsync(bullets, "Tiny Boxes Everywhere");

        var links = page.QuerySelectorAll(".link-list li > *").ToList();
        // ./citations/page.html is neither a web address nor a file the app serves: the importer did not store it.
        Assert.Equal(["github", "bib"], links.Select(l => l.Text()));
        Assert.Equal("/list/citations/tiny-boxes.bib", links[1].GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("a[href*='page.html']"));
        Assert.Equal("/figures/tiny-boxes.png", page.QuerySelector(".paper-figure img")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("//evil.example/x")]
    public async Task ShouldNotLinkATitleWhoseLinkIsNotAWebAddress(string url)
    {
        const string title = "Slow but Sure Retrieval";
        var id = await table.PaperIdAsync(title);
        await using (var db = table.Factory.CreateDbContext())
            await db.Papers.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Url, url), cancellationToken: TestContext.Current.CancellationToken);
        await ListApp.EvictPagesAsync(table.Factory);

        var page = await Html.GetAsync(table.Client, $"/papers/{id}");

        Assert.Equal(title, page.QuerySelector(".paper h1")!.Text());
        Assert.Null(page.QuerySelector(".paper h1 a"));
        Assert.Empty(page.QuerySelectorAll("[href^='javascript'], [href^='data:'], [href^='//']"));
    }

    [Fact]
    public async Task ShouldShowAuthorsAndVenueInSearchHits()
    {
        var page = await Html.GetAsync(bullets.Client, "/search?q=Lovelace");

        var hit = Assert.Single(page.QuerySelectorAll(".hits .hit"));
        Assert.Equal("Tiny Boxes Everywhere", hit.QuerySelector(".paper-title")!.Text());
        Assert.Equal("Ada Lovelace, Grace Hopper", hit.QuerySelector(".paper-authors")!.Text());
        Assert.Equal("CVPR", hit.QuerySelector(".venue")!.Text());
        Assert.Equal("/search?q=Lovelace&venue=CVPR", page.QuerySelectorAll(".facets a").Single(a => a.Text() == "CVPR 1").GetAttribute("href"));
    }

    [Fact]
    public async Task ShouldKeepTheChosenVenueInTheSearchPagesLinksAndForm()
    {
        var page = await Html.GetAsync(bullets.Client, "/search?venue=CVPR");

        Assert.Equal(["Tiny Boxes Everywhere"], page.Texts(".hits .paper-title"));
        Assert.Equal("CVPR", page.QuerySelector("form.search-form input[type=hidden][name=venue]")!.GetAttribute("value"));
        var chosen = page.QuerySelectorAll(".facets a.active").Single(a => a.Text() == "CVPR 1");
        Assert.Equal("true", chosen.GetAttribute("aria-pressed"));
        Assert.Equal("/search", chosen.GetAttribute("href"));
    }

    private static List<(string?, string)> SubCategories(IElement card) =>
        [.. card.QuerySelectorAll(".sub-categories a").Select(a => (a.GetAttribute("href"), a.Text()))];

    /// <summary>The text of the paper's fact labelled <paramref name="label"/>, null when the page has none.</summary>
    private static string? Fact(IParentNode page, string label) =>
        page.QuerySelectorAll(".paper-facts > div").FirstOrDefault(d => d.QuerySelector("dt")!.Text() == label)?.QuerySelector("dd")!.Text();

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PaperPageAsync(ListApp app, string title) =>
        await Html.GetAsync(app.Client, $"/papers/{await app.PaperIdAsync(title)}");
}
