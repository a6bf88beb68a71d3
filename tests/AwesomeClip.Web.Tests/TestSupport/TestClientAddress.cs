using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// TestServer has no client address: requests that carry <see cref="Header"/> come from that address, so one app can
/// be used by several "machines" (per-client limits, loopback-only details).
/// </summary>
public static class TestClientAddress
{
    public const string Header = "X-Test-Client-Address";

    public static IServiceCollection AddTestClientAddress(this IServiceCollection services) => services.AddSingleton<IStartupFilter, Filter>();

    /// <summary>Makes every request of the client come from <paramref name="address"/>.</summary>
    public static HttpClient From(this HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }

    private sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
