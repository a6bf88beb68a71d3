using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Search;

namespace AwesomeClip.Web.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>The one search index of the process (in the data directory), which also listens to catalog changes.</summary>
    public static IServiceCollection AddCatalogSearch(this IServiceCollection services)
    {
        services.AddSingleton<ISearchDirectoryProvider, FileSearchDirectory>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<ICatalogChangeListener>(sp => sp.GetRequiredService<SearchIndex>());
        services.AddSingleton<CatalogSearch>();
        return services;
    }
}
