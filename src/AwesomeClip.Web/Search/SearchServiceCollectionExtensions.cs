using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AwesomeClip.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>This instance's Lucene index (in <c>Storage:IndexDirectory</c>), told about local changes as they commit.</summary>
    public static IServiceCollection AddCatalogSearch(this IServiceCollection services)
    {
        services.TryAddSingleton<ISearchDirectoryProvider, FileSearchDirectory>();
        services.TryAddSingleton<SearchIndex>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogChangeListener, SearchIndexListener>());
        services.TryAddSingleton<CatalogSearch>();
        return services;
    }

    /// <summary><c>GET /api/search?q=&amp;page=&amp;pageSize=</c>: the same search as the page, as JSON.</summary>
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", async (CatalogSearch search, string? q, int? page, int? pageSize, CancellationToken ct) =>
            TypedResults.Ok(await search.SearchAsync(new SearchRequest
            {
                Query = q,
                Page = page ?? 1,
                PageSize = pageSize ?? SearchRequest.DefaultPageSize,
            }, ct)));
        return app;
    }

    /// <summary>Forwards to the singleton index (registered once as a listener without a second instance).</summary>
    private sealed class SearchIndexListener(SearchIndex index) : ICatalogChangeListener
    {
        public Task PapersChangedAsync(IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken) =>
            index.PapersChangedAsync(paperIds, cancellationToken);
    }
}
