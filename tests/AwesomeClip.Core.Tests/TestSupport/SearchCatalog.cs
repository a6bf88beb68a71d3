using AwesomeClip.Core.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>The real list imported into a test database and indexed in memory, with the search service over it.</summary>
public sealed class SearchCatalog : IAsyncDisposable
{
    private SearchCatalog(TestDatabase database, SearchIndex index, CatalogSearch search, ListLogger<CatalogSearch> log)
    {
        Database = database;
        Index = index;
        Search = search;
        SearchLog = log;
    }

    /// <summary>What the search service logged (a swallowed exception shows up here as an error).</summary>
    public ListLogger<CatalogSearch> SearchLog { get; }

    public TestDatabase Database { get; }

    public SearchIndex Index { get; }

    public CatalogSearch Search { get; }

    public static async Task<SearchCatalog> CreateAsync(ISearchDirectoryProvider? directory = null)
    {
        var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList);
        var index = new SearchIndex(database, directory ?? new InMemorySearchDirectory(), NullLogger<SearchIndex>.Instance);
        await index.EnsureReadyAsync();
        var log = new ListLogger<CatalogSearch>();
        return new SearchCatalog(database, index, new CatalogSearch(index, log), log);
    }

    public Task<SearchResult> SearchAsync(string query, int pageSize = 10) =>
        Search.SearchAsync(new SearchRequest { Query = query, PageSize = pageSize });

    public async Task<int> PaperIdAsync(string titleStart)
    {
        await using var db = Database.CreateDbContext();
        return db.Papers.Where(p => p.Title.StartsWith(titleStart)).Select(p => p.Id).Single();
    }

    public async Task<IReadOnlyList<string>> TitlesAsync(string query, int count = 10)
    {
        var result = await Search.SearchAsync(new SearchRequest { Query = query, PageSize = count });
        return result.Hits.Select(h => h.Title).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        Index.Dispose();
        await Database.DisposeAsync();
    }
}

/// <summary>One real catalog shared by the read-only search tests (building it takes about a second).</summary>
public sealed class RealCatalogFixture : IAsyncLifetime
{
    public SearchCatalog Catalog { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Catalog = await SearchCatalog.CreateAsync();

    public async ValueTask DisposeAsync() => await Catalog.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class RealCatalogCollection : ICollectionFixture<RealCatalogFixture>
{
    public const string Name = "real catalog";
}
