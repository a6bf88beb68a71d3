using System.Net;
using AwesomeClip.Core.LinkHealth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// A safety net for every app a test starts: the link checker connects to loopback addresses only, and refuses any other
/// host before it is even resolved, whatever the catalog links to (the shipped list links to real sites).
/// </summary>
public static class LoopbackOnlyLinks
{
    public static IServiceCollection AddLoopbackOnlyLinks(this IServiceCollection services)
    {
        services.AddHttpClient(LinkChecker.ClientName).ConfigurePrimaryHttpMessageHandler(sp =>
        {
            var handler = LinkHealthServiceCollectionExtensions.CreatePrimaryHandler(sp.GetRequiredService<IOptions<LinkHealthOptions>>().Value);
            var connect = handler.ConnectCallback!;
            handler.ConnectCallback = (context, ct) => IsLoopback(context.DnsEndPoint.Host)
                ? connect(context, ct)
                : throw new AddressRefusedException($"{context.DnsEndPoint.Host} is not on this machine: tests reach no other");
            return handler;
        });
        return services;
    }

    private static bool IsLoopback(string host) => host == "localhost" || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}
