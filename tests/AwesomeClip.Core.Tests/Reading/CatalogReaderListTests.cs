using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Reading;

/// <summary>What list rows show of a paper, and the pages of a long list, read from a real database.</summary>
public abstract class CatalogReaderListTests(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ShouldGiveARowTheFigurePathTheTextsBeginningsAndItsLinks()
    {
        var longAbstract = string.Concat(Enumerable.Repeat("对比学习把图像和文本对齐. ", 60));
        await new CatalogBuilder().WithCategory("Train",
            new PaperBuilder().WithTitle("Figured").WithFigure("./images/figured.png").WithAbstract(longAbstract)
                .WithCommentary("建议大规模数据集管理食用\n第二行").WithGithubRepo("owner/figured")
                .WithLink("Paper", "https://arxiv.org/pdf/2301.00001").WithLink("Blog", "https://example.org/blog")
                .WithLink("Project", "https://example.org/figured"),
            new PaperBuilder().WithTitle("Plain").WithAbstract("Short."))
            .SeedAsync(database);

        var rows = await new CatalogReader(database).PapersAsync("train", null, TestContext.Current.CancellationToken);

        var figured = rows.Single(p => p.Title == "Figured");
        Assert.Equal("./images/figured.png", figured.FigurePath);
        Assert.Equal("figured.png", figured.FigureFileName);
        Assert.EndsWith("…", figured.AbstractExcerpt);
        Assert.InRange(figured.AbstractExcerpt!.Length, 100, TextExcerpt.AbstractLength + 1);
        Assert.StartsWith("对比学习把图像和文本对齐.", figured.AbstractExcerpt);
        Assert.Equal("建议大规模数据集管理食用", figured.NoteExcerpt);
        Assert.True(figured.HasNote);
        Assert.Equal([LinkKind.Github, LinkKind.Paper, LinkKind.Project], figured.Links.Select(l => l.Kind));
        var plain = rows.Single(p => p.Title == "Plain");
        Assert.Equal(("Short.", null, null, false), (plain.AbstractExcerpt, plain.FigurePath, plain.NoteExcerpt, plain.HasNote));
        Assert.Empty(plain.Links);
    }

    [Fact]
    public async Task ShouldPageAListInListOrderWithItsTotal()
    {
        await new CatalogBuilder()
            .WithCategory("First", [.. Enumerable.Range(0, 5).Select(i => new PaperBuilder().WithTitle($"A{i}").WithYear(i < 3 ? 2021 : 2022))])
            .WithCategory("Second", [.. Enumerable.Range(0, 3).Select(i => new PaperBuilder().WithTitle($"B{i}").WithYear(2020))])
            .SeedAsync(database);
        var reader = new CatalogReader(database);
        var ct = TestContext.Current.CancellationToken;

        var pages = new[] { await reader.PapersPageAsync(null, null, 1, 3, ct), await reader.PapersPageAsync(null, null, 2, 3, ct), await reader.PapersPageAsync(null, null, 3, 3, ct) };
        var past = await reader.PapersPageAsync(null, null, 4, 3, ct);

        Assert.Equal(["A0", "A1", "A2"], pages[0].Items.Select(p => p.Title));
        Assert.Equal(["A3", "A4", "B0"], pages[1].Items.Select(p => p.Title));
        Assert.Equal(["B1", "B2"], pages[2].Items.Select(p => p.Title));
        Assert.All(pages, p => Assert.Equal((8, 3), (p.Total, p.PageCount)));
        Assert.Equal((4, 6), (pages[1].First, pages[1].Last));
        Assert.Equal(8, past.Total);
        Assert.Empty(past.Items);
        Assert.Equal((await reader.PapersAsync(null, null, ct)).Select(p => p.Title), pages.SelectMany(p => p.Items).Select(p => p.Title));
    }

    [Fact]
    public async Task ShouldPageACategoryAndYear()
    {
        await new CatalogBuilder()
            .WithCategory("First", [.. Enumerable.Range(0, 5).Select(i => new PaperBuilder().WithTitle($"A{i}").WithYear(i % 2 == 0 ? 2021 : 2022))])
            .WithCategory("Second", new PaperBuilder().WithTitle("B0").WithYear(2021))
            .SeedAsync(database);

        var page = await new CatalogReader(database).PapersPageAsync("first", 2021, 2, 2, TestContext.Current.CancellationToken);

        Assert.Equal(3, page.Total);
        Assert.Equal(["A4"], page.Items.Select(p => p.Title));
    }
}

public sealed class CatalogReaderListTestsOnSqlite() : CatalogReaderListTests(TestProvider.Sqlite);

public sealed class CatalogReaderListTestsOnPostgreSql() : CatalogReaderListTests(TestProviders.PostgreSqlOrSkip());
