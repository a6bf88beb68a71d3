using System.Globalization;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Storage;

/// <summary>The importer's SQLite bulk insert (ADR-022) must store exactly what EF Core's save would.</summary>
public sealed class BulkInsertTests
{
    private static readonly string[] Tables = ["Papers", "PaperLinks", "PaperFigures", "PaperBaselines", "PaperRevisions"];

    [Fact]
    public async Task ShouldStoreEveryColumnAsASaveDoes()
    {
        await using var viaSave = await CatalogWithACategoryAsync();
        await using var viaBulk = await CatalogWithACategoryAsync();

        await using (var db = viaSave.CreateDbContext())
        {
            var papers = Papers(await db.Categories.SingleAsync(cancellationToken: TestContext.Current.CancellationToken));
            db.Papers.AddRange(papers);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            db.PaperRevisions.AddRange(papers.Select(Revision));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }
        await using (var db = viaBulk.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            var papers = Papers(await db.Categories.SingleAsync(cancellationToken: TestContext.Current.CancellationToken));
            await BulkInsert.InsertAsync(db, papers, TestContext.Current.CancellationToken);
            foreach (var paper in papers)
            {
                paper.Links.ForEach(l => l.PaperId = paper.Id);
                paper.Figures.ForEach(f => f.PaperId = paper.Id);
                paper.Baseline!.PaperId = paper.Id;
            }
            await BulkInsert.InsertAsync(db, papers.SelectMany(p => p.Links).ToList(), TestContext.Current.CancellationToken);
            await BulkInsert.InsertAsync(db, papers.SelectMany(p => p.Figures).ToList(), TestContext.Current.CancellationToken);
            await BulkInsert.InsertAsync(db, papers.Select(p => p.Baseline!).ToList(), TestContext.Current.CancellationToken);
            await BulkInsert.InsertAsync(db, papers.Select(Revision).ToList(), TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
            Assert.Equal([1, 2], papers.Select(p => p.Id));
        }

        foreach (var table in Tables)
            Assert.Equal(await RowsAsync(viaSave, table), await RowsAsync(viaBulk, table));
    }

    [Fact]
    public async Task ShouldReadTheInsertedPapersBackThroughTheModel()
    {
        await using var database = await CatalogWithACategoryAsync();
        await using (var db = database.CreateDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            var papers = Papers(await db.Categories.SingleAsync(cancellationToken: TestContext.Current.CancellationToken));
            await BulkInsert.InsertAsync(db, papers, TestContext.Current.CancellationToken);
            papers.ForEach(p => p.Links.ForEach(l => l.PaperId = p.Id));
            await BulkInsert.InsertAsync(db, papers.SelectMany(p => p.Links).ToList(), TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        await using var check = database.CreateDbContext();
        var read = await check.Papers.Include(p => p.Links).OrderBy(p => p.Id).ToListAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["Denoising Diffusion Probabilistic Models", "Video Diffusion Models"], read.Select(p => p.Title));
        Assert.Equal([new ExtraField("Task", "Generation")], read[0].Extras);
        Assert.Equal(LinkKind.Github, read[0].Links.Single(l => l.Label == "Code").Kind);
        Assert.Equal(new DateTime(2023, 11, 5, 10, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567), read[0].CreatedAt);
        Assert.Null(read[1].Venue);
    }

    [Fact]
    public async Task ShouldRefuseToRunOutsideATransaction()
    {
        await using var database = await CatalogWithACategoryAsync();
        await using var db = database.CreateDbContext();

        var papers = Papers(await db.Categories.SingleAsync(cancellationToken: TestContext.Current.CancellationToken));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkInsert.InsertAsync(db, papers, TestContext.Current.CancellationToken));

        Assert.Contains("transaction", e.Message, StringComparison.Ordinal);
    }

    private static async Task<TestDatabase> CatalogWithACategoryAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        db.Categories.Add(new Category { Name = "Generation", Slug = "generation" });
        await db.SaveChangesAsync();
        return database;
    }

    /// <summary>Two papers with every kind of column: nullable and not, text, numbers, dates, JSON, enums, a GUID.</summary>
    private static List<Paper> Papers(Category category)
    {
        var at = new DateTime(2023, 11, 5, 10, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567);
        var first = new Paper
        {
            Title = "Denoising Diffusion Probabilistic Models",
            Url = "https://arxiv.org/abs/2006.11239",
            Authors = "Jonathan Ho, Ajay Jain, Pieter Abbeel",
            Venue = "NeurIPS",
            Year = 2020,
            Month = 6,
            Day = 19,
            Category = category,
            CategoryId = category.Id,
            Position = 0,
            Abstract = "扩散模型 (diffusion) with \"quotes\" and 'apostrophes'",
            ArxivId = "2006.11239",
            GithubRepo = "hojonathanho/diffusion",
            SourceLine = 120,
            SourceMarkdown = "**Denoising Diffusion Probabilistic Models** \\\n*Jonathan Ho, Ajay Jain, Pieter Abbeel* \\",
            SourceFingerprint = "abc123",
            Extras = [new ExtraField("Task", "Generation")],
            CreatedAt = at,
            UpdatedAt = at,
            Version = 1,
            CreationToken = Guid.Parse("8d1c1f7e-2b7a-4a49-9b57-0f8d0c3c2a11"),
        };
        first.Links.Add(new PaperLink { Position = 0, Kind = LinkKind.Paper, Label = "Paper", Url = "https://arxiv.org/abs/2006.11239" });
        first.Links.Add(new PaperLink { Position = 1, Kind = LinkKind.Github, Label = "Code", Url = "https://github.com/hojonathanho/diffusion" });
        first.Figures.Add(new PaperFigure { Position = 0, Path = "./images/ddpm.png" });
        first.Baseline = Baseline(first, category, at, inList: true);
        var second = new Paper
        {
            Title = "Video Diffusion Models",
            Category = category,
            CategoryId = category.Id,
            Position = 1,
            CreatedAt = at,
            UpdatedAt = at,
            Version = 1,
        };
        second.Baseline = Baseline(second, category, at, inList: false);
        return [first, second];
    }

    private static PaperBaseline Baseline(Paper paper, Category category, DateTime at, bool inList)
    {
        var baseline = new PaperBaseline { Title = paper.Title, InList = inList, Position = paper.Position, ImportedAt = at };
        PaperValues.Of(paper).CopyTo(baseline);
        baseline.CategoryId = category.Id;
        return baseline;
    }

    private static PaperRevision Revision(Paper paper) => new()
    {
        PaperId = paper.Id,
        At = paper.CreatedAt,
        Actor = "importer",
        Kind = RevisionKind.Created,
        Summary = "added by the import of README.md",
        Changes = "[{\"field\":\"Title\",\"old\":null,\"new\":\"x\"}]",
    };

    /// <summary>Every row of the table, each column with its SQLite storage class and value.</summary>
    private static async Task<List<string>> RowsAsync(TestDatabase database, string table)
    {
        await using var db = database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(i =>
                $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).GetType().Name + ":" + Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))}");
            rows.Add(string.Join(" | ", cells));
        }
        Assert.NotEmpty(rows);
        return rows;
    }
}
