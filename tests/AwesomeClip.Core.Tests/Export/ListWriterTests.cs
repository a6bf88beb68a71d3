using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export;

public sealed class ListWriterTests
{
    private const string SmallList = """
        # L

        Intro text.

        ## A

        Some text about A.

        | Title | Abstract | Intro | Useful Links |
        |:----| :---:| :----: | :---:|
        | | a row the importer skips | | |
        |2020|
        |2023|
        | **P1** <br>| a | | [[Paper](https://arxiv.org/pdf/2301.00001)] |
        |2024|
        | **P2** <br>| b | | |

        ## Contributing

        PRs welcome.

        """;

    [Fact]
    public async Task ShouldWriteACompleteListWhenNothingWasImported()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = database.CreateDbContext())
        {
            var train = new Category { Name = "Train", Slug = "train", Order = 0 };
            var zero = new Category { Name = "Zero-Shot & Few-Shot", Slug = "zero-shot-few-shot", Order = 1 };
            db.Categories.AddRange(train, zero);
            db.Papers.AddRange(
                new PaperBuilder().WithTitle("B 2024").WithYear(2024).WithGithubRepo("o/b").WithArxiv("2401.00002").WithFigure("./images/B.png").Build(train, 1),
                new PaperBuilder().WithTitle("A 2023").WithYear(2023).WithCommentary("好").Build(train, 0),
                new PaperBuilder().WithTitle("C 2021").WithYear(2021).Build(zero, 0));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var export = await new ListExporter(database).ExportAsync(TestContext.Current.CancellationToken);

        Assert.Empty(export.Warnings);
        Assert.StartsWith("""
            # Awesome-CLIP

            - [Awesome-CLIP](#awesome-clip)
              - [Train](#train)
              - [Zero-Shot \& Few-Shot](#zero-shot--few-shot)


            ## Train


            | Title | Abstract | Intro | Useful Links |
            |:----| :---:| :----: | :---:|
            |2023|
            | **A 2023** <br>|
            """.ReplaceLineEndings("\n"), export.Markdown, StringComparison.Ordinal);
        Assert.EndsWith("|2021|\n| **C 2021** <br>| 文章提出一种方法. | | |\n", export.Markdown, StringComparison.Ordinal);
        await AssertReimportsAsync(database, export.Markdown);
    }

    [Fact]
    public async Task ShouldKeepCrlfLineEndingsAndAMissingFinalNewline()
    {
        var crlf = File.ReadAllText(Repo.RealList).TrimEnd('\n').ReplaceLineEndings("\r\n");
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportAsync("crlf.md", ListExport.Encoding.GetBytes(crlf), TestContext.Current.CancellationToken);

        Assert.Equal(crlf, (await new ListExporter(database).ExportAsync(TestContext.Current.CancellationToken)).Markdown);

        await using (var db = database.CreateDbContext())
        {
            (await db.Papers.SingleAsync(p => p.Title == "EVA-CLIP: Improved Training Techniques for CLIP at Scale", cancellationToken: TestContext.Current.CancellationToken)).Title = "EVA-CLIP (fixed)";
            (await db.Categories.SingleAsync(c => c.Name == "Other", cancellationToken: TestContext.Current.CancellationToken)).Order = -1;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        var edited = (await new ListExporter(database).ExportAsync(TestContext.Current.CancellationToken)).Markdown;
        Assert.Contains("**EVA-CLIP (fixed)** <br>|", edited, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', edited.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.False(edited.EndsWith('\n'));
    }

    [Fact]
    public async Task ShouldKeepTextAndRowsTheImporterDoesNotReadWhenTheCatalogChanges()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportAsync("small.md", ListExport.Encoding.GetBytes(SmallList), TestContext.Current.CancellationToken);
        Assert.Equal(SmallList, (await new ListExporter(database).ExportAsync(TestContext.Current.CancellationToken)).Markdown);
        await using (var db = database.CreateDbContext())
        {
            var a = await db.Categories.SingleAsync(cancellationToken: TestContext.Current.CancellationToken);
            db.Papers.Add(new PaperBuilder().WithTitle("P3").WithYear(2023).WithAbstract("c").Build(a, 1));
            db.Categories.Add(new Category { Name = "B", Slug = "b", Order = 1 });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var export = (await new ListExporter(database).ExportAsync(TestContext.Current.CancellationToken)).Markdown;

        Assert.Equal("""
            # L

            Intro text.

            ## A

            Some text about A.

            | Title | Abstract | Intro | Useful Links |
            |:----| :---:| :----: | :---:|
            | | a row the importer skips | | |
            |2020|
            |2023|
            | **P1** <br>| a | | [[Paper](https://arxiv.org/pdf/2301.00001)] |
            | **P3** <br>| c | | |
            |2024|
            | **P2** <br>| b | | |


            ## B


            | Title | Abstract | Intro | Useful Links |
            |:----| :---:| :----: | :---:|

            ## Contributing

            PRs welcome.

            """.ReplaceLineEndings("\n"), export);
        await AssertReimportsAsync(database, export);
    }

    [Fact]
    public void ShouldKeepPapersWithoutAYearAboveTheFirstYearRow()
    {
        var template = "## A\n\n| Title | Abstract | Intro | Useful Links |\n|:----| :---:| :----: | :---:|\n| **Old** <br>| x | | |\n";
        var category = new Category { Name = "A", Slug = "a" };
        category.Papers.Add(new PaperBuilder().WithTitle("Old").WithYear(null).WithAbstract("x").Build(category, 0));
        category.Papers.Add(new PaperBuilder().WithTitle("New").WithYear(2021).WithAbstract("y").Build(category, 1));

        var export = ListWriter.Write(template, [category]);

        Assert.Equal("## A\n\n| Title | Abstract | Intro | Useful Links |\n|:----| :---:| :----: | :---:|\n| **Old** <br>| x | | |\n|2021|\n| **New** <br>| y | | |\n", export.Markdown);
    }

    [Theory]
    [InlineData("Awesome-CLIP", "awesome-clip")]
    [InlineData("Zero-Shot & Few-Shot & Classification", "zero-shot--few-shot--classification")]
    [InlineData("Improvement & Innovation", "improvement--innovation")]
    [InlineData("### a) 模态内部自监督（Intra-modal）", "-a-模态内部自监督intra-modal")]
    [InlineData("CLIP_Surgery v2.0!", "clip_surgery-v20")]
    public void ShouldMakeGithubAnchors(string heading, string anchor) => Assert.Equal(anchor, GithubAnchor.From(heading));

    private static async Task AssertReimportsAsync(TestDatabase database, string export)
    {
        await using var again = await TestDatabase.CreateAsync();
        await Importers.For(again).ImportAsync("export.md", ListExport.Encoding.GetBytes(export));
        Assert.Equal(await CatalogSnapshot.OfAsync(database), await CatalogSnapshot.OfAsync(again));
        Assert.Equal(export, (await new ListExporter(again).ExportAsync()).Markdown);
    }
}

public sealed class ListExporterFileTests
{
    [Fact]
    public async Task ShouldWriteTheRealListBackToAFileByteForByte()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        var path = Path.Combine(Path.GetTempPath(), $"awesome-clip-export-{Guid.NewGuid():N}.md");
        try
        {
            var export = await new ListExporter(database).ExportFileAsync(path, TestContext.Current.CancellationToken);

            Assert.Empty(export.Warnings);
            Assert.Equal(await File.ReadAllBytesAsync(Repo.RealList, TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
            Assert.False(File.Exists(path + ".tmp"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
