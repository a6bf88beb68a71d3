using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export;

/// <summary>After edits in the app the export differs from the imported list only where the catalog changed.</summary>
public abstract class ListExporterEditTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private string original = "";

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        await Importers.For(database).ImportFileAsync(Repo.RealList);
        original = await File.ReadAllTextAsync(Repo.RealList);
    }

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldChangeOnlyThatLineWhenATitleIsFixed()
    {
        var paper = await EditAsync(db => db.Papers.SingleAsync(p => p.Title == "CLIPA: An Inverse Scaling Law for CLIP Training"),
            p => p.Title = "CLIPA: An Inverse Scaling Law for CLIP Training (NeurIPS 2023)");

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Equal([paper.SourceMarkdown!], diff.Removed);
        var added = Assert.Single(diff.Added);
        Assert.Equal(paper.SourceMarkdown!.Replace("CLIP Training**", "CLIP Training (NeurIPS 2023)**", StringComparison.Ordinal), added);
        Assert.Equal(original.Split('\n').Length, export.Split('\n').Length);
        Assert.Equal(paper.SourceLine, Array.IndexOf(export.Split('\n'), added) + 1);
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldMoveOnlyThatRowWhenAPaperMovesToAnotherCategory()
    {
        var paper = await EditAsync(db => db.Papers.SingleAsync(p => p.Title == "Long-CLIP: Unlocking the Long-Text Capability of CLIP"), p => p);
        var target = await InDbAsync(db => db.Categories.SingleAsync(c => c.Name == "Retrieval"));
        await EditAsync(db => db.Papers.SingleAsync(p => p.Id == paper.Id), p => { p.CategoryId = target.Id; p.Position = 100; return p; });

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Equal([paper.SourceMarkdown!], diff.Removed);
        Assert.Equal([paper.SourceMarkdown!], diff.Added);
        var lines = export.Split('\n').ToList();
        var at = lines.IndexOf(paper.SourceMarkdown!);
        Assert.True(at > lines.IndexOf("## Retrieval") && at < lines.IndexOf("## Detection"));
        Assert.Equal("|2024|", lines.Take(at).Last(l => l.StartsWith("|20", StringComparison.Ordinal)));
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldMoveOnlyThatRowWhenAPaperMovesToAnotherYear()
    {
        var paper = await EditAsync(db => db.Papers.SingleAsync(p => p.Title == "Less is More: Removing Text-regions Improves CLIP Training Efficiency and Robustness"),
            p => p.Year = 2024);

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Equal([paper.SourceMarkdown!], diff.Removed);
        Assert.Equal([paper.SourceMarkdown!], diff.Added);
        var lines = export.Split('\n').ToList();
        var at = lines.IndexOf(paper.SourceMarkdown!);
        Assert.Equal("|2024|", lines.Take(at).Last(l => l.StartsWith("|20", StringComparison.Ordinal)));
        Assert.True(at < lines.IndexOf("## Improvement & Innovation"));
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldDropTheYearRowWhenItsOnlyPaperMovesAway()
    {
        // "Train" has one paper under |2022|.
        var paper = await EditAsync(db => db.Papers.SingleAsync(p => p.Title.StartsWith("SUPERVISION EXISTS EVERYWHERE")), p => p.Year = 2023);

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Equal(2, diff.Removed.Count);
        Assert.Single(diff.Added);
        var lines = export.Split('\n').ToList();
        var train = lines.IndexOf("## Train");
        Assert.Equal(["|2023|", paper.SourceMarkdown!], lines.Skip(lines.IndexOf("|2023|", train)).Take(2));
        Assert.DoesNotContain("|2022|", lines.Skip(train).TakeWhile(l => l != "## Improvement & Innovation"));
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldAddOneCanonicalRowWhenAPaperIsAdded()
    {
        var category = await InDbAsync(db => db.Categories.SingleAsync(c => c.Name == "Data"));
        await using (var db = database.CreateDbContext())
        {
            var paper = new PaperBuilder().WithTitle("DataComp: In search of the next generation of multimodal datasets").WithYear(2024)
                .WithGithubRepo("mlfoundations/datacomp").WithArxiv("2304.14108").WithFigure("./images/DataComp.png")
                .WithAbstract("一个数据集基准.\n按|过滤|策略比较").WithCommentary("值得一看👍").Build(position: 2);
            paper.CategoryId = category.Id;
            db.Papers.Add(paper);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Empty(diff.Removed);
        Assert.Equal(
            ["| [![Star](https://img.shields.io/github/stars/mlfoundations/datacomp.svg?style=social&label=Star)](https://github.com/mlfoundations/datacomp) <br> **DataComp: In search of the next generation of multimodal datasets** <br>| 一个数据集基准.<br>按\\|过滤\\|策略比较 <br><br>🧟‍♂️:值得一看👍 |<img src=\"./images/DataComp.png\"  width=\"640px\"/>| [[Github](https://github.com/mlfoundations/datacomp)] <br> [[Paper](https://arxiv.org/pdf/2304.14108)] |"],
            diff.Added);
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldAddAYearRowWhenAPaperOfANewYearIsAdded()
    {
        var category = await InDbAsync(db => db.Categories.SingleAsync(c => c.Name == "Data"));
        await using (var db = database.CreateDbContext())
        {
            var paper = new PaperBuilder().WithTitle("A 2025 paper").WithYear(2025).WithArxiv("2501.00001").Build(position: 9);
            paper.CategoryId = category.Id;
            db.Papers.Add(paper);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Empty(diff.Removed);
        Assert.Equal(["|2025|", "| **A 2025 paper** <br>| 文章提出一种方法. | | [[Paper](https://arxiv.org/pdf/2501.00001)] |"], diff.Added);
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldRemoveOnlyThatRowWhenAPaperIsTrashedOrDeleted()
    {
        var trashed = await EditAsync(db => db.Papers.SingleAsync(p => p.Title == "EVA-CLIP: Improved Training Techniques for CLIP at Scale"),
            p => p.DeletedAt = DateTime.UtcNow);
        var deleted = await InDbAsync(db => db.Papers.SingleAsync(p => p.Title == "Chinese CLIP: Contrastive Vision-Language Pretraining in Chinese"));
        await using (var db = database.CreateDbContext())
        {
            await db.Papers.Where(p => p.Id == deleted.Id).ExecuteDeleteAsync(cancellationToken: TestContext.Current.CancellationToken);
        }

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Equal([deleted.SourceMarkdown!, trashed.SourceMarkdown!], diff.Removed);
        Assert.Empty(diff.Added);
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldChangeTheHeadingAndTheTocEntryWhenACategoryIsRenamed()
    {
        await EditCategoryAsync("Other", c => c.Name = "Other & Misc");

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Equal(["  - [Other](#other) ", "## Other"], diff.Removed);
        Assert.Equal(["  - [Other \\& Misc](#other--misc)", "## Other & Misc"], diff.Added);
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldMoveTheSectionAndItsTocEntryWhenCategoriesAreReordered()
    {
        // Data (order 2) goes after Loss (order 4).
        await EditCategoryAsync("Data", c => c.Order = 4);
        await EditCategoryAsync("Distillation", c => c.Order = 2);
        await EditCategoryAsync("Loss", c => c.Order = 3);

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        var section = original.Split('\n').SkipWhile(l => l != "## Data").TakeWhile(l => l != "## Distillation").ToList();
        Assert.Equal(section.Count + 1, diff.Removed.Count);
        Assert.Equal(["  - [Data](#data)", .. section.Where(l => l.Length > 0)], diff.Removed.Where(l => l.Length > 0));
        Assert.Equal(["  - [Data](#data)", .. section.Where(l => l.Length > 0)], diff.Added.Where(l => l.Length > 0));
        var headings = export.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Take(5);
        Assert.Equal(["## Train", "## Improvement & Innovation", "## Distillation", "## Loss", "## Data"], headings);
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldWriteANewSectionAndTocEntryWhenACategoryIsAdded()
    {
        await using (var db = database.CreateDbContext())
        {
            var category = new Category { Name = "Robotics & Embodied", Slug = "robotics-embodied", Order = 13 };
            db.Categories.Add(category);
            db.Papers.Add(new PaperBuilder().WithTitle("CLIPort").WithYear(2021).WithArxiv("2109.12098").Build(category));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        Assert.Empty(diff.Removed);
        Assert.Equal(
            ["  - [Robotics \\& Embodied](#robotics--embodied)", "## Robotics & Embodied", PaperRow.TableHeader, PaperRow.TableDelimiter, "|2021|",
             "| **CLIPort** <br>| 文章提出一种方法. | | [[Paper](https://arxiv.org/pdf/2109.12098)] |"],
            diff.Added.Where(l => l.Length > 0));
        Assert.Contains("|\n\n\n## Robotics & Embodied\n\n\n| Title", export, StringComparison.Ordinal);
        Assert.EndsWith("[[Paper](https://arxiv.org/pdf/2109.12098)] |\n\n", export, StringComparison.Ordinal);
        await AssertReimportsToSameCatalogAsync(export);
    }

    [Fact]
    public async Task ShouldDropTheSectionAndItsTocEntryWhenACategoryIsRemoved()
    {
        var loss = await InDbAsync(db => db.Categories.SingleAsync(c => c.Name == "Loss"));
        await using (var db = database.CreateDbContext())
        {
            await db.Papers.Where(p => p.CategoryId == loss.Id).ExecuteDeleteAsync(cancellationToken: TestContext.Current.CancellationToken);
            await db.Categories.Where(c => c.Id == loss.Id).ExecuteDeleteAsync(cancellationToken: TestContext.Current.CancellationToken);
        }

        var export = await ExportAsync();

        var diff = LineDiff.Between(original, export);
        var section = original.Split('\n').SkipWhile(l => l != "## Loss").TakeWhile(l => l != "## Zero-Shot & Few-Shot & Classification").ToList();
        Assert.Equal(section.Count + 1, diff.Removed.Count);
        Assert.Equal(["  - [Loss](#loss)", .. section.Where(l => l.Length > 0)], diff.Removed.Where(l => l.Length > 0));
        Assert.Empty(diff.Added);
        await AssertReimportsToSameCatalogAsync(export);
    }

    private async Task<string> ExportAsync()
    {
        var export = await new ListExporter(database).ExportAsync();
        Assert.Empty(export.Warnings);
        return export.Markdown;
    }

    /// <summary>Importing the export into an empty catalog gives the same catalog, and exporting that gives the same text.</summary>
    private async Task AssertReimportsToSameCatalogAsync(string export)
    {
        await using var again = await TestDatabase.CreateAsync(provider);
        await Importers.For(again).ImportAsync("export.md", ListExport.Encoding.GetBytes(export));
        Assert.Equal(await CatalogSnapshot.OfAsync(database), await CatalogSnapshot.OfAsync(again));
        Assert.Equal(export, (await new ListExporter(again).ExportAsync()).Markdown);
    }

    private async Task<Paper> EditAsync(Func<CatalogDbContext, Task<Paper>> find, Action<Paper> edit) =>
        await EditAsync(find, p => { edit(p); return p; });

    private async Task<Paper> EditAsync(Func<CatalogDbContext, Task<Paper>> find, Func<Paper, Paper> edit)
    {
        await using var db = database.CreateDbContext();
        var paper = edit(await find(db));
        await db.SaveChangesAsync();
        return paper;
    }

    private async Task EditCategoryAsync(string name, Action<Category> edit)
    {
        await using var db = database.CreateDbContext();
        edit(await db.Categories.SingleAsync(c => c.Name == name));
        await db.SaveChangesAsync();
    }

    private async Task<T> InDbAsync<T>(Func<CatalogDbContext, Task<T>> query)
    {
        await using var db = database.CreateDbContext();
        return await query(db);
    }
}

public sealed class ListExporterEditTestsOnSqlite() : ListExporterEditTests(TestProvider.Sqlite);

public sealed class ListExporterEditTestsOnPostgreSql() : ListExporterEditTests(TestProviders.PostgreSqlOrSkip());
