using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AwesomeClip.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The one search index of the process (in the data directory), which also listens to catalog changes. Safe to call
    /// more than once: a second call adds nothing (a second listener entry would index every change twice).
    /// </summary>
    public static IServiceCollection AddCatalogSearch(this IServiceCollection services)
    {
        services.TryAddSingleton<ISearchDirectoryProvider, FileSearchDirectory>();
        services.TryAddSingleton<SearchIndex>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICatalogChangeListener, SearchIndex>(sp => sp.GetRequiredService<SearchIndex>()));
        services.TryAddSingleton<CatalogSearch>();
        return services;
    }
}
