using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AwesomeClip.Core.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>The editors, figure uploads and admin queries; needs the catalog's <c>IDbContextFactory</c> and <c>StorageOptions</c>.</summary>
    public static IServiceCollection AddCatalogEditing(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PaperEditor>();
        services.TryAddSingleton<CategoryEditor>();
        services.TryAddSingleton<FigureStore>();
        services.TryAddSingleton<AdminCatalog>();
        return services;
    }
}
