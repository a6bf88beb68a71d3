using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AwesomeClip.Core.Export;

public static class ExportServiceCollectionExtensions
{
    /// <summary>The markdown, BibTeX, Atom and JSON exporters; needs an <c>IDbContextFactory&lt;CatalogDbContext&gt;</c>.</summary>
    public static IServiceCollection AddCatalogExport(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ListExporter>();
        services.TryAddSingleton<Patch.ListPatchBuilder>();
        services.TryAddSingleton<BibTexExporter>();
        services.TryAddSingleton<AtomFeedWriter>();
        services.TryAddSingleton<CatalogJsonExporter>();
        return services;
    }
}
