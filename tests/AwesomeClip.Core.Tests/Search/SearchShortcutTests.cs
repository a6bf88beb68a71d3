using AwesomeClip.Core.Search;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Core.Tests.Search;

/// <summary>
/// What search does to be cheap must not change what it finds: the index files kept in memory, the decoded documents
/// kept per segment, and the terms no document holds left out of the query.
/// </summary>
[Collection(RealCatalogCollection.Name)]
public sealed class SearchShortcutTests(RealCatalogFixture fixture)
{
    /// <summary>The judged queries, and some with words the list doesn't have, in every position a part can take.</summary>
    private static IEnumerable<string> Queries() =>
        JudgedQuery.Load().Select(q => q.Query).Concat(
        [
            "zzqx", "CLIP zzqx", "CLIP zzqx 蒸馏 video", "\"zzqx model\" segmentation", "-zzqx segmentation", "segmentation -video",
            "vid", "蒸", "知识蒸馏 zzqx", "open-vocabulary OR 检测", "\"contrastive learning\"", "",
        ]);

    [Fact]
    public async Task ShouldFindTheSameWithUnmatchedTermsLeftOutAsWithThemIn()
    {
        var unpruned = new CatalogSearch(fixture.Catalog.Index, NullLogger<CatalogSearch>.Instance, SearchTuning.Default with { PruneUnmatched = false });
        foreach (var query in Queries())
        {
            var request = new SearchRequest { Query = query, PageSize = 30 };
            var pruned = await fixture.Catalog.Search.SearchAsync(request, TestContext.Current.CancellationToken);
            var full = await unpruned.SearchAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(SearchResultText.Of(full), SearchResultText.Of(pruned));
        }
    }

    [Fact]
    public async Task ShouldFindTheSameInAFolderIndexKeptInMemoryAsInAMemoryIndex()
    {
        var folder = Path.Combine(Path.GetTempPath(), "awesomeclip-cached-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var onDisk = await SearchCatalog.CreateAsync(new FileSearchDirectory(folder));
            foreach (var query in Queries())
            {
                var request = new SearchRequest { Query = query, PageSize = 30, Page = 1 };
                var expected = await fixture.Catalog.Search.SearchAsync(request, TestContext.Current.CancellationToken);
                // Twice: the first read fills the caches, the second is served from them.
                for (var round = 0; round < 2; round++)
                    Assert.Equal(SearchResultText.Of(expected), SearchResultText.Of(await onDisk.Search.SearchAsync(request, TestContext.Current.CancellationToken)));
            }
            var related = await onDisk.Search.RelatedAsync(await onDisk.PaperIdAsync("CLIP-KD"), 5, TestContext.Current.CancellationToken);
            Assert.Equal(
                (await fixture.Catalog.Search.RelatedAsync(await fixture.Catalog.PaperIdAsync("CLIP-KD"), 5, TestContext.Current.CancellationToken)).Select(r => r.Title),
                related.Select(r => r.Title));
            Assert.Empty(onDisk.SearchLog.Entries);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ShouldDecodeAStoredPaperOnceForEverySearchThatShowsIt()
    {
        var (first, second, fresh) = await fixture.Catalog.Index.UseSearcherAsync(
            searcher => (StoredPapers.Get(searcher, 3), StoredPapers.Get(searcher, 3), IndexedPaper.From(searcher.Doc(3))),
            TestContext.Current.CancellationToken);
        Assert.Same(first, second);
        Assert.Equal(fresh with { Links = first.Links }, first);
        Assert.Equal(fresh.Links, first.Links);
    }
}
