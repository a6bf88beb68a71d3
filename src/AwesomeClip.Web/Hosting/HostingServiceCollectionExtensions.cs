using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>Which Host headers, proxies and base URL the app trusts (docs/decisions/ADR-016).</summary>
    public static IServiceCollection AddRequestTrust(this IServiceCollection services)
    {
        services.AddOptions<PublicUrlOptions>()
            .BindConfiguration(PublicUrlOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicUrlOptions>, AllowedHostsValidation>();
        services.AddSingleton<PublicUrls>();
        services.Configure<HostFilteringOptions>(o => o.AllowEmptyHosts = false);

        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxies) =>
        {
            // The defaults trust every loopback client, and empty lists would trust everyone: no proxy configured, no
            // forwarded header read.
            var configured = proxies.Value.KnownProxies.Count + proxies.Value.KnownNetworks.Count > 0;
            o.ForwardedHeaders = configured ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // the obsolete list still holds the loopback default, and is still consulted
            o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var proxy in proxies.Value.KnownProxies) if (IPAddress.TryParse(proxy, out var ip)) o.KnownProxies.Add(ip);
            foreach (var network in proxies.Value.KnownNetworks) if (System.Net.IPNetwork.TryParse(network, out var net)) o.KnownIPNetworks.Add(net);
            o.ForwardLimit = proxies.Value.ForwardLimit;
        });
        return services;
    }
}
