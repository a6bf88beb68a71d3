using System.Net;
using AwesomeClip.Core.Admin;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Figures;

/// <summary><c>/list/{path}</c>: files beside the imported list that its papers refer to (<see cref="TestLists.Bullets"/>).</summary>
public sealed class ListFileEndpointTests(BulletListApp app) : IClassFixture<BulletListApp>
{
    private readonly HttpClient client = app.Client;

    [Theory]
    [InlineData("/list/citations/tiny-boxes.bib", "citations/tiny-boxes.bib", "text/plain")]
    [InlineData("/list/images/tiny-boxes.png", "images/tiny-boxes.png", "image/png")]
    public async Task ShouldServeAFileThatAPaperRefersToWithItsType(string url, string file, string type)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(TestLists.FolderOf(TestLists.Bullets), file), TestContext.Current.CancellationToken), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ShouldServeATextFileAsUtf8()
    {
        var response = await client.GetAsync("/list/citations/tiny-boxes.bib", TestContext.Current.CancellationToken);

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Theory]
    [InlineData("/list/citations/unreferenced.bib")] // beside the list, no paper refers to it
    [InlineData("/list/README.md")] // the list itself
    [InlineData("/list/citations/missing.bib")]
    [InlineData("/list/images/other.png")]
    public async Task ShouldAnswer404ForAFileNoPaperRefersTo(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShouldNotServeAPageBesideTheListEvenWhenAPaperLinksToIt()
    {
        var response = await client.GetAsync("/list/citations/page.html", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/list/..%2Fbullets%2FREADME.md")]
    [InlineData("/list/citations%2F..%2F..%2Ftable%2FREADME.md")]
    [InlineData("/list/%2E%2E%2Ftable%2FREADME.md")]
    [InlineData("/list/citations/%2E%2E/%2E%2E/table/README.md")]
    [InlineData("/list/%2Fetc%2Fpasswd")]
    [InlineData("/list/..%5C..%5Ctable%5CREADME.md")]
    [InlineData("/list/C:%5Cwindows%5Cwin.ini")]
    [InlineData("/list/images/tiny-boxes.svg")]
    public async Task ShouldNeverServeAnythingOutsideTheFilesItMayServe(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url} → {response.StatusCode}");
        Assert.DoesNotContain("# Retrieval Papers Table", body);
        Assert.DoesNotContain("# Awesome Tiny Vision", body);
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task ShouldServeTheListsFigureFromItsImagesFolder()
    {
        var response = await client.GetAsync("/figures/tiny-boxes.png", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("fake png bytes", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

/// <summary>List files and figures after another list is imported from another folder (each test on its own app).</summary>
public sealed class ListFileAfterImportTests : IDisposable
{
    // Seeded with the table list: its folder is the seed's, so /figures falls back to it whatever was imported last.
    private readonly AppFactory factory = new() { Settings = { ["Seed:ListPath"] = TestLists.Table } };

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task ShouldServeFiguresFromTheFolderOfTheListImportedLast()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/figures/tiny-boxes.png", TestContext.Current.CancellationToken)).StatusCode);

        await ListApp.ImportAsync(factory, TestLists.Bullets);

        var response = await client.GetAsync("/figures/tiny-boxes.png", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fake png bytes", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/list/citations/tiny-boxes.bib", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldRenameTheSiteAfterTheListImportedLast()
    {
        var client = SignIn.AnonymousClient(factory);
        Assert.Contains(">Retrieval Papers Table</a>", await client.GetStringAsync("/", TestContext.Current.CancellationToken));

        await ListApp.ImportAsync(factory, TestLists.Bullets);

        var home = await Html.GetAsync(client, "/");
        Assert.Equal("Awesome Tiny Vision", home.QuerySelector("header .brand")!.Text());
        Assert.Equal("A small hand-made list of vision and language papers, written to test AwesomeClip.", home.QuerySelector(".hero .intro")!.Text());
    }

    [Fact]
    public async Task ShouldStopServingTheFilesOfAListThatIsNoLongerTheImportedOne()
    {
        await ListApp.ImportAsync(factory, TestLists.Bullets);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/list/citations/tiny-boxes.bib", TestContext.Current.CancellationToken)).StatusCode);

        await ListApp.ImportAsync(factory, TestLists.Table);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/list/citations/tiny-boxes.bib", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/list/images/captions.png", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldNotServeAFileOnlyAPaperInTheTrashRefersTo()
    {
        await ListApp.ImportAsync(factory, TestLists.Bullets);
        var client = factory.CreateClient();
        var id = await ListApp.PaperIdAsync(factory, "Tiny Boxes Everywhere");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/list/citations/tiny-boxes.bib", TestContext.Current.CancellationToken)).StatusCode);

        Assert.True((await factory.Get<PaperEditor>().MoveToTrashAsync(id, "editor@example.org", TestContext.Current.CancellationToken)).Succeeded);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/list/citations/tiny-boxes.bib", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldServeNoListFilesForAnUploadedList()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/list/images/captions.png", TestContext.Current.CancellationToken)).StatusCode);

        await factory.Get<Core.Import.CatalogImporter>().ImportAsync("README.md", await File.ReadAllBytesAsync(TestLists.Table, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        // An upload has no folder (ADR-020); the figures still come from the seed's folder.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/list/images/captions.png", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/figures/captions.png", TestContext.Current.CancellationToken)).StatusCode);
    }
}
