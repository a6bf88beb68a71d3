namespace AwesomeClip.Web.Suggestions;

public static class SuggestionServiceCollectionExtensions
{
    /// <summary>
    /// The "Suggest a paper" form's options and rate limit. The suggestion box and the editors' queue are Core services,
    /// registered with the catalog's editing (the paper editor accepts suggestions).
    /// </summary>
    public static IServiceCollection AddReaderSuggestions(this IServiceCollection services)
    {
        services.AddOptions<SuggestionOptions>().BindConfiguration(SuggestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSuggestionRateLimit();
        return services;
    }
}
