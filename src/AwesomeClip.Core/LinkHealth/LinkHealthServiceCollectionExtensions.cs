using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace AwesomeClip.Core.LinkHealth;

public static class LinkHealthServiceCollectionExtensions
{
    /// <summary>
    /// The link checker, its results and the replacement of redirected links; needs the catalog's <c>IDbContextFactory</c>,
    /// the editors (<c>AddCatalogEditing</c>) and <see cref="LinkHealthOptions"/> (bound by the caller). Returns the
    /// checker's HttpClient, whose primary handler tests may replace.
    /// </summary>
    /// <param name="userAgent">The checker's User-Agent (<see cref="UserAgent.For"/>).</param>
    public static IHttpClientBuilder AddLinkHealth(this IServiceCollection services, Func<IServiceProvider, string> userAgent)
    {
        ArgumentNullException.ThrowIfNull(userAgent);
        services.AddOptions<LinkHealthOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HostThrottle>();
        services.TryAddTransient<HostThrottleHandler>();
        services.TryAddSingleton<LinkResultStore>();
        services.TryAddSingleton<LinkCheckGuard>();
        services.TryAddSingleton<LinkHealthService>();
        services.TryAddSingleton<LinkReplacer>();
        var client = services.AddHttpClient(LinkChecker.ClientName, (sp, http) =>
            {
                http.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline's timeouts rule
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent(sp));
                http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "*/*");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => CreatePrimaryHandler(sp.GetRequiredService<IOptions<LinkHealthOptions>>().Value))
            .AddHttpMessageHandler<HostThrottleHandler>()
            .RemoveAllLoggers(); // a line per request of every check; the results are the record
        // Inside the host throttle: a request holds its host's slot through its retries.
        client.AddResilienceHandler(LinkCheckResilience.PipelineName, (builder, context) => LinkCheckResilience.Configure(
            builder, context.ServiceProvider.GetRequiredService<IOptions<LinkHealthOptions>>().Value, context.ServiceProvider.GetRequiredService<TimeProvider>()));
        // A retry or a timeout of one link is routine here, not a warning of the app's health.
        services.Configure<TelemetryOptions>(o =>
        {
            var usual = o.SeverityProvider;
            o.SeverityProvider = args => args.Source.PipelineName?.EndsWith(LinkCheckResilience.PipelineName, StringComparison.Ordinal) == true
                ? ResilienceEventSeverity.Debug
                : usual?.Invoke(args) ?? args.Event.Severity;
        });
        return client;
    }

    /// <summary>
    /// The checker's connections, with the options' connect timeout and address guard. Redirects are the checker's to
    /// follow; no proxy (the address guard must see where it connects), no cookies, and at most 16 KB of an unread body
    /// drained before the connection is dropped instead.
    /// </summary>
    public static SocketsHttpHandler CreatePrimaryHandler(LinkHealthOptions options) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        ConnectTimeout = options.RequestTimeout,
        ConnectCallback = GuardedConnection.Callback(options.AllowPrivateAddresses),
        MaxResponseDrainSize = 16 * 1024,
        ResponseDrainTimeout = TimeSpan.FromSeconds(1),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    };
}
