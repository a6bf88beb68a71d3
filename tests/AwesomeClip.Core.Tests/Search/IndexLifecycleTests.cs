using AwesomeClip.Core.Search;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Core.Tests.Search;

/// <summary>Index build, restart, repair and live updates, on a temporary folder opened like production.</summary>
public sealed class IndexLifecycleTests : IAsyncLifetime
{
    private const string FirstTitle = "Supervision Exists Everywhere: A Data Efficient Contrastive Language-Image Pre-training Paradigm";
    private const string Distillation = "CLIP-KD: An Empirical Study of CLIP Model Distillation";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "awesomeclip-index-" + Guid.NewGuid().ToString("N"));
    private readonly CatalogBuilder catalog = new CatalogBuilder()
        .WithCategory("Train",
            new PaperBuilder().WithTitle(FirstTitle).WithYear(2022).WithAbstract("本文提出一种创新的CLIP训练方式, 使用更少的数据."),
            new PaperBuilder().WithTitle("CLIPA: An Inverse Scaling Law for CLIP Training").WithYear(2023).WithAbstract("文章提出了一个令人惊讶的发现."))
        .WithCategory("Distillation", new PaperBuilder().WithTitle(Distillation).WithAbstract("文章研究了CLIP模型的知识蒸馏."))
        .WithCategory("Video", new PaperBuilder().WithTitle("Frozen Models are Efficient Video Learners").WithAbstract("文章提出一种高效的视频识别方法."));
    private TestDatabase database = null!;
    private SeededCatalog seeded = null!;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        seeded = await catalog.SeedAsync(database);
    }

    public async ValueTask DisposeAsync()
    {
        await database.DisposeAsync();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ShouldBuildAMissingIndexAtStartup()
    {
        var (index, log) = Open();
        using (index)
        {
            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);

            Assert.Contains(log.Messages(LogLevel.Warning), m => m.Contains("no index", StringComparison.Ordinal));
            Assert.Equal(catalog.PaperCount, await CountAsync(index));
        }
        Assert.Contains(Directory.GetFiles(folder), f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShouldReuseACurrentIndexAfterACleanShutdown()
    {
        await BuildAndCloseAsync();

        var (index, log) = Open();
        using (index)
        {
            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);

            Assert.Empty(log.Messages(LogLevel.Warning));
            Assert.Contains(log.Messages(LogLevel.Information), m => m.Contains("is current", StringComparison.Ordinal));
            Assert.Equal(catalog.PaperCount, await CountAsync(index));
        }
    }

    [Fact]
    public async Task ShouldRebuildAStaleIndex()
    {
        await BuildAndCloseAsync();
        await RenameFirstPaperAsync("Quokka Zebra Alignment");

        var (index, log) = Open();
        using (index)
        {
            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);

            Assert.Contains(log.Messages(LogLevel.Warning), m => m.Contains("stale index", StringComparison.Ordinal));
            Assert.Equal(1, await CountAsync(index, "quokka"));
            Assert.Equal(catalog.PaperCount, await CountAsync(index));
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncate")]
    [InlineData("delete segments")]
    public async Task ShouldRebuildACorruptIndex(string damage)
    {
        await BuildAndCloseAsync();
        foreach (var file in Directory.GetFiles(folder))
        {
            var name = Path.GetFileName(file);
            switch (damage)
            {
                case "garbage":
                    File.WriteAllBytes(file, Enumerable.Range(0, 64).Select(i => (byte)(i * 37)).ToArray());
                    break;
                case "truncate" when !name.StartsWith("segments", StringComparison.Ordinal):
                    using (var stream = File.OpenWrite(file)) stream.SetLength(stream.Length / 2);
                    break;
                case "delete segments" when name.StartsWith("segments_", StringComparison.Ordinal):
                    File.Delete(file);
                    break;
            }
        }

        var (index, log) = Open();
        using (index)
        {
            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);

            Assert.NotEmpty(log.Messages(LogLevel.Warning));
            Assert.Equal(catalog.PaperCount, await CountAsync(index));
        }
    }

    [Fact]
    public async Task ShouldRebuildAfterALeftoverWriteLock()
    {
        await BuildAndCloseAsync();
        await File.WriteAllTextAsync(Path.Combine(folder, "write.lock"), "", TestContext.Current.CancellationToken);

        var (index, log) = Open();
        using (index)
        {
            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);

            Assert.Contains(log.Messages(LogLevel.Warning), m => m.Contains("write.lock", StringComparison.Ordinal));
            Assert.Equal(catalog.PaperCount, await CountAsync(index));
        }
    }

    [Fact]
    public async Task ShouldRebuildOnDemand()
    {
        var (index, _) = Open();
        using (index)
        {
            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);

            Assert.Equal(catalog.PaperCount, await index.RebuildAsync(TestContext.Current.CancellationToken));
            Assert.Equal(catalog.PaperCount, await CountAsync(index));
        }
    }

    [Fact]
    public async Task ShouldMakeAnEditSearchableAsSoonAsTheListenerIsTold()
    {
        var (index, _) = Open();
        using (index)
        {
            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);
            Assert.Equal(1, await CountAsync(index, "\"SUPERVISION EXISTS EVERYWHERE\""));
            var id = await RenameFirstPaperAsync("Quokka <script>alert(1)</script> Alignment");

            await index.PapersChangedAsync([id], CancellationToken.None);

            var result = await new CatalogSearch(index, NullLogger<CatalogSearch>.Instance).SearchAsync(new SearchRequest { Query = "quokka" }, TestContext.Current.CancellationToken);
            var hit = Assert.Single(result.Hits);
            Assert.Equal(id, hit.PaperId);
            Assert.Contains("&lt;script&gt;", hit.Highlights.Title.ToHtml(), StringComparison.Ordinal);
            Assert.DoesNotContain("<script", hit.Highlights.Title.ToHtml(), StringComparison.Ordinal);
            Assert.Equal(0, await CountAsync(index, "\"SUPERVISION EXISTS EVERYWHERE\""));
        }
    }

    [Fact]
    public async Task ShouldDropPapersMovedToTheTrash()
    {
        var (index, _) = Open();
        using (index)
        {
            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);
            var trashed = seeded.Paper(Distillation).Id;
            await using var db = database.CreateDbContext();
            var paper = await db.Papers.SingleAsync(p => p.Id == trashed, cancellationToken: TestContext.Current.CancellationToken);
            paper.DeletedAt = DateTime.UtcNow;
            paper.Version++;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            await index.PapersChangedAsync([paper.Id], CancellationToken.None);

            Assert.Equal(catalog.PaperCount - 1, await CountAsync(index));
            Assert.Equal(0, await CountAsync(index, "蒸馏"));
        }
    }

    [Fact]
    public async Task ShouldIndexWhatTheImporterReports()
    {
        await using var empty = await TestDatabase.CreateAsync();
        using var index = new SearchIndex(empty, new InMemorySearchDirectory(), NullLogger<SearchIndex>.Instance);
        await index.EnsureReadyAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await CountAsync(index));

        var report = await Importers.For(empty, index).ImportFileAsync(Repo.Fixture("base.md"), TestContext.Current.CancellationToken);

        Assert.True(report.Added > 0);
        Assert.Equal(report.Added, await CountAsync(index));
    }

    [Fact]
    public async Task ShouldPrepareOnOtherThreadsWithoutTouchingTheIndexFolder()
    {
        var (index, _) = Open();
        using (index)
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(index.Prepare)));
            Assert.False(Directory.Exists(folder), "warming up works in memory only");

            await index.EnsureReadyAsync(TestContext.Current.CancellationToken);

            Assert.Equal(catalog.PaperCount, await CountAsync(index));
            var result = await new CatalogSearch(index, NullLogger<CatalogSearch>.Instance).SearchAsync(new SearchRequest { Query = "CLIP-KD 蒸馏" }, TestContext.Current.CancellationToken);
            Assert.Equal(Distillation, result.Hits[0].Title);
            Assert.InRange(result.Total, 1, catalog.PaperCount - 1);
        }
    }

    private (SearchIndex Index, ListLogger<SearchIndex> Log) Open()
    {
        var log = new ListLogger<SearchIndex>();
        return (new SearchIndex(database, new FileSearchDirectory(folder), log), log);
    }

    private async Task BuildAndCloseAsync()
    {
        var (index, _) = Open();
        using (index) await index.EnsureReadyAsync();
    }

    private async Task<int> RenameFirstPaperAsync(string title)
    {
        var first = seeded.Paper(FirstTitle).Id;
        await using var db = database.CreateDbContext();
        var paper = await db.Papers.SingleAsync(p => p.Id == first);
        paper.Title = title;
        paper.Version++;
        paper.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
        return paper.Id;
    }

    private static async Task<int> CountAsync(SearchIndex index, string? query = null) =>
        (await new CatalogSearch(index, NullLogger<CatalogSearch>.Instance).SearchAsync(new SearchRequest { Query = query })).Total;
}
