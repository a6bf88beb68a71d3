using Microsoft.AspNetCore.OutputCaching;

namespace AwesomeClip.Web.Caching;

/// <summary>
/// Marks an endpoint whose anonymous GET answer is made from the catalog alone (the same for every reader until the
/// catalog changes): it gets public caching headers and validators (<see cref="PublicCaching"/>). The catalog pages
/// are marked by their <c>[OutputCache(PolicyName = CatalogPageCache.Policy)]</c>.
/// </summary>
public sealed class CatalogResource
{
    public static readonly CatalogResource Instance = new();

    private CatalogResource()
    {
    }

    public static bool Is(Endpoint? endpoint) =>
        endpoint is not null
        && (endpoint.Metadata.GetMetadata<CatalogResource>() is not null
            || IsPage(endpoint));

    /// <summary>A catalog page (HTML in the reader's language), not an API answer, feed or export (the same in every language).</summary>
    public static bool IsPage(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: CatalogPageCache.Policy };

    /// <summary>The culture a response is made in: the request's for a page, none ("") for what is the same in every language.</summary>
    /// (Request localization has set the request's UI culture by then; read here, Caching needs no Localization.)
    public static string CultureOf(HttpContext context) => IsPage(context.GetEndpoint()) ? System.Globalization.CultureInfo.CurrentUICulture.Name : "";
}

public static class CatalogResourceExtensions
{
    /// <summary>Public caching headers and validators, and the output cache of the catalog pages (evicted on every change).</summary>
    public static TBuilder WithCatalogCaching<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CatalogResource.Instance).CacheOutput(CatalogPageCache.Policy);
}
