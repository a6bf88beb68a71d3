using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export;

public sealed class BibTexWriterTests
{
    [Fact]
    public void ShouldWriteAnArxivEntryWithEprintAndChineseTextIntact()
    {
        var category = new Category { Name = "Train", Slug = "train" };
        var paper = new PaperBuilder().WithTitle("CLIPA: An Inverse Scaling Law for CLIP Training").WithYear(2023)
            .WithGithubRepo("UCSC-VLAA/CLIPA").WithArxiv("2305.07017").WithAbstract("文章提出了一个令人惊讶的发现.\n第二段").WithCommentary("很有意思👍").Build(category);

        Assert.Equal("""
            @article{clipa2023,
              title = {{CLIPA: An Inverse Scaling Law for CLIP Training}},
              year = {2023},
              journal = {arXiv preprint arXiv:2305.07017},
              eprint = {2305.07017},
              archivePrefix = {arXiv},
              url = {https://arxiv.org/abs/2305.07017},
              code = {https://github.com/UCSC-VLAA/CLIPA},
              abstract = {文章提出了一个令人惊讶的发现. 第二段},
              annote = {很有意思👍},
              keywords = {Train}
            }

            """.ReplaceLineEndings("\n"), BibTexWriter.ForPaper(paper));
    }

    [Fact]
    public void ShouldWriteAMiscEntryWhenThereIsNoArxivId()
    {
        var paper = new PaperBuilder().WithTitle("WHEN AND WHY VISION-LANGUAGE MODELS BEHAVE LIKE BAGS-OF-WORDS").WithYear(2023)
            .WithLink("Paper", "https://openreview.net/pdf?id=KRLUvxh8uaX").WithAbstract("").Build();

        var entry = BibTexWriter.ForPaper(paper);

        Assert.StartsWith("@misc{whenwhy2023,\n", entry, StringComparison.Ordinal);
        Assert.Contains("  url = {https://openreview.net/pdf?id=KRLUvxh8uaX},\n", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("eprint", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("abstract", entry, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CLIPA-v2: $10,000 Budget", "CLIPA-v2: \\$10,000 Budget")]
    [InlineData("100% & #1 {set} under_score", "100\\% \\& \\#1 \\{set\\} under\\_score")]
    [InlineData("a~b^c\\d", "a\\textasciitilde{}b\\textasciicircum{}c\\textbackslash{}d")]
    [InlineData("中文：对比学习", "中文：对比学习")]
    public void ShouldEscapeBibTexSpecialCharacters(string text, string escaped) => Assert.Equal(escaped, BibTexWriter.Escape(text));

    [Fact]
    public void ShouldGiveStableKeysThatAreUniqueWithinAnExport()
    {
        var a = new PaperBuilder().WithTitle("EVA-CLIP: Improved Training Techniques").WithYear(2023).Build();
        var b = new PaperBuilder().WithTitle("EVA-CLIP: Something else").WithYear(2023).Build();
        a.Id = 7;
        b.Id = 9;

        Assert.Equal(["evaclip2023-7", "evaclip2023-9"], BibTexKeys.For([a, b]));
        Assert.Equal(["evaclip2023"], BibTexKeys.For([a]));
        Assert.Equal("paper2024", BibTexKeys.Base(new PaperBuilder().WithTitle("中文标题").Build()));
    }

    [Fact]
    public async Task ShouldGiveEveryPaperOfTheRealListItsOwnKey()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        await using var db = database.CreateDbContext();
        var papers = await db.Papers.ToListAsync(cancellationToken: TestContext.Current.CancellationToken);

        var collisions = papers.GroupBy(BibTexKeys.Base).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(collisions.Count <= 3, string.Join(", ", collisions));
        Assert.Equal(papers.Count, BibTexKeys.For(papers).Distinct().Count());
    }

    [Fact]
    public async Task ShouldExportACategoryAndASearchResultFromTheCatalog()
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        var exporter = new BibTexExporter(database);
        int[] ids;
        await using (var db = database.CreateDbContext())
            ids = await db.Papers.OrderByDescending(p => p.Id).Select(p => p.Id).Take(3).ToArrayAsync(cancellationToken: TestContext.Current.CancellationToken);

        var category = await exporter.ForCategoryAsync("data", TestContext.Current.CancellationToken);
        var result = await exporter.ForPapersAsync([.. ids, 99999], TestContext.Current.CancellationToken);

        Assert.NotNull(category);
        Assert.Equal(2, category.Split("\n@", StringSplitOptions.None).Length);
        Assert.StartsWith("@article{veclip2024,", category, StringComparison.Ordinal);
        Assert.Equal(3, result.Split('\n').Count(l => l.StartsWith('@')));
        Assert.Null(await exporter.ForCategoryAsync("nope", TestContext.Current.CancellationToken));
        Assert.Null(await exporter.ForPaperAsync(99999, TestContext.Current.CancellationToken));
    }
}
