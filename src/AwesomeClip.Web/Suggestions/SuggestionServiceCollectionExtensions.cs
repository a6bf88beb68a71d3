using AwesomeClip.Core.Suggestions;

namespace AwesomeClip.Web.Suggestions;

public static class SuggestionServiceCollectionExtensions
{
    /// <summary>
    /// The "Suggest a paper" form's options and rate limit, and Core's suggestion box and editors' queue (accepting one
    /// goes through the paper editor of <c>AddCatalogEditing</c>).
    /// </summary>
    public static IServiceCollection AddReaderSuggestions(this IServiceCollection services)
    {
        services.AddOptions<SuggestionOptions>().BindConfiguration(SuggestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSuggestionRateLimit();
        services.AddSuggestions();
        return services;
    }
}
