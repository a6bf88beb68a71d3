using AwesomeClip.Web.Hosting;

namespace AwesomeClip.Web.Startup;

public static class StartupServiceCollectionExtensions
{
    public static IServiceCollection AddAppStartup(this IServiceCollection services)
    {
        services.AddOptions<StartupOptions>().BindConfiguration(StartupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StartupGate>();
        services.AddSingleton<AppStartup>();
        return services;
    }

    /// <summary>First in the pipeline: everything after it may assume a migrated, seeded and indexed catalog.</summary>
    public static IApplicationBuilder UseStartupGate(this IApplicationBuilder app) => app.UseMiddleware<StartupGateMiddleware>();
}
