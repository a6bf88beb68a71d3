using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AwesomeClip.Core.Suggestions;

public static class SuggestionServiceCollectionExtensions
{
    /// <summary>The readers' suggestion box and the editors' queue; needs the catalog's <c>IDbContextFactory</c> and the <c>PaperEditor</c>.</summary>
    public static IServiceCollection AddSuggestions(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SuggestionBox>();
        services.TryAddSingleton<SuggestionQueue>();
        return services;
    }
}
