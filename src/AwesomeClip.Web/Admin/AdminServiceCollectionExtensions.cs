using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Export;

namespace AwesomeClip.Web.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>
    /// Editing services for the admin pages. Authentication, roles and the <see cref="AdminPolicies"/> are registered
    /// by the accounts feature.
    /// </summary>
    public static IServiceCollection AddCatalogAdmin(this IServiceCollection services)
    {
        services.AddCatalogEditing();
        services.AddCatalogExport();
        services.AddSingleton<ImportPreviewStore>();
        return services;
    }
}
