using AwesomeClip.Core.Admin;
using AwesomeClip.Core.LinkHealth;
using AwesomeClip.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.LinkHealth;

public static class LinkHealthServiceCollectionExtensions
{
    /// <summary>
    /// The link checker with the app's options (<c>LinkHealth</c>) and User-Agent: <c>AwesomeClip/&lt;version&gt;
    /// (+&lt;Site:PublicBaseUrl&gt;)</c>. For the web app and the command line.
    /// </summary>
    public static IHttpClientBuilder AddAppLinkHealth(this IServiceCollection services)
    {
        services.AddCatalogEditing();
        services.AddOptions<LinkHealthOptions>().BindConfiguration(LinkHealthOptions.Section);
        // The web app also validates it (AddRequestTrust); the command line only needs it for the User-Agent.
        services.AddOptions<PublicUrlOptions>().BindConfiguration(PublicUrlOptions.Section);
        return services.AddLinkHealth(sp => UserAgent.For(
            UserAgent.VersionOf(typeof(LinkHealthServiceCollectionExtensions).Assembly),
            sp.GetRequiredService<IOptions<PublicUrlOptions>>().Value.PublicBaseUrl));
    }

    /// <summary>The checker, the background runs of the admin page and the schedule (off unless <c>LinkHealth:Schedule:Enabled</c>).</summary>
    public static IServiceCollection AddLinkHealthAdmin(this IServiceCollection services)
    {
        services.AddAppLinkHealth();
        services.AddOptions<LinkHealthScheduleOptions>().BindConfiguration(LinkHealthScheduleOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LinkCheckJobs>();
        services.AddSingleton<LinkHealthSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<LinkHealthSchedule>());
        return services;
    }
}
