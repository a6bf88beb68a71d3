using AwesomeClip.Core.Catalog;
using Microsoft.AspNetCore.OutputCaching;

namespace AwesomeClip.Web.Caching;

/// <summary>
/// Output caching of the static-rendered catalog pages (home, category lists, paper pages) for anonymous GETs.
/// Rendering them from the in-memory catalog snapshot (ADR-038) still costs 7–12× a static file; served from the cache
/// they are within reach of one. Every cached page carries <see cref="Tag"/> and is evicted as soon as an
/// import or edit commits (<see cref="CatalogPageCacheInvalidator"/>); <see cref="Lifetime"/> bounds staleness for any
/// change that doesn't go through <see cref="ICatalogChangeListener"/>.
/// Signed-in users, non-200 answers and responses that set cookies are never cached (the default policy's rules).
/// </summary>
public static class CatalogPageCache
{
    public const string Policy = "catalog-page";
    public const string Tag = "catalog";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddCatalogPageCache(this IServiceCollection services)
    {
        // A page is rendered in the reader's language (ADR-035): one copy per culture, never the other language's.
        services.AddOutputCache(o => o.AddPolicy(Policy, p => p.Expire(Lifetime).Tag(Tag).SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>("culture", CatalogResource.CultureOf(context)))));
        services.AddOptions<HttpCacheOptions>().BindConfiguration(HttpCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CatalogVersion>();
        services.AddSingleton<CatalogPageCacheInvalidator>();
        services.AddSingleton<StalePages>();
        services.AddExceptionHandler<DatabaseOutageHandler>();
        // Registered after the search index's listener, so a page rendered after the eviction sees the new index too.
        services.AddSingleton<ICatalogChangeListener>(sp => sp.GetRequiredService<CatalogPageCacheInvalidator>());
        return services;
    }
}
