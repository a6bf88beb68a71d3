using System.Text;
using System.Text.Json;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export;

public sealed class CatalogJsonExporterTests
{
    [Fact]
    public async Task ShouldDumpEveryCategoryAndPaperWithAllFields()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        using var output = new MemoryStream();

        await new CatalogJsonExporter(database).WriteAsync(output, CatalogJsonExporter.FileOptions, TestContext.Current.CancellationToken);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("文章提出了一个令人惊讶的发现", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output.ToArray());
        await using var db = database.CreateDbContext();
        var categories = json.RootElement.GetProperty("categories");
        Assert.Equal(await db.Categories.OrderBy(c => c.Order).Select(c => c.Slug).ToListAsync(cancellationToken: TestContext.Current.CancellationToken), categories.EnumerateArray().Select(c => c.GetProperty("slug").GetString()));
        Assert.Equal("train", categories[0].GetProperty("slug").GetString());
        var papers = json.RootElement.GetProperty("papers").EnumerateArray().ToList();
        Assert.Equal(await db.Papers.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken: TestContext.Current.CancellationToken), papers.Select(p => p.GetProperty("id").GetInt32()).Order());
        var clipa = papers.Single(p => p.GetProperty("title").GetString() == "CLIPA: An Inverse Scaling Law for CLIP Training");
        Assert.Equal(
            ["id", "title", "year", "category", "abstract", "commentary", "links", "githubRepo", "arxivId", "figureUrl", "sourceLine", "url", "authors", "venue", "date", "categoryPath", "extras"],
            clipa.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2023, clipa.GetProperty("year").GetInt32());
        Assert.Equal("train", clipa.GetProperty("category").GetProperty("slug").GetString());
        Assert.Equal("Train", clipa.GetProperty("category").GetProperty("name").GetString());
        Assert.Equal("UCSC-VLAA/CLIPA", clipa.GetProperty("githubRepo").GetString());
        Assert.Equal("2305.07017", clipa.GetProperty("arxivId").GetString());
        Assert.Equal("/figures/CLIPA.png", clipa.GetProperty("figureUrl").GetString());
        Assert.Equal(JsonValueKind.Null, clipa.GetProperty("commentary").ValueKind);
        Assert.Equal("github", clipa.GetProperty("links")[0].GetProperty("kind").GetString());
        Assert.Equal("https://arxiv.org/pdf/2305.07017", clipa.GetProperty("links")[1].GetProperty("url").GetString());
        Assert.True(clipa.GetProperty("sourceLine").GetInt32() > 0);
        Assert.Contains(papers, p => p.GetProperty("figureUrl").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task ShouldEscapeNonAsciiWithTheDefaultWebEncoder()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        using var output = new MemoryStream();

        await new CatalogJsonExporter(database).WriteAsync(output, cancellationToken: TestContext.Current.CancellationToken);

        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.DoesNotContain("文章", text, StringComparison.Ordinal);
        Assert.Contains("\\u6587\\u7AE0", text, StringComparison.Ordinal);
        await using var db = database.CreateDbContext();
        Assert.Equal(await db.Papers.CountAsync(cancellationToken: TestContext.Current.CancellationToken), JsonDocument.Parse(output.ToArray()).RootElement.GetProperty("papers").GetArrayLength());
    }
}
