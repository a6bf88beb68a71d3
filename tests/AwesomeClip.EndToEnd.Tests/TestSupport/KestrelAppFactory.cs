using AwesomeClip.Web.Hosting;
using System.Net;
using AwesomeClip.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AwesomeClip.EndToEnd.Tests.TestSupport;

/// <summary>The real app on Kestrel, bound to 127.0.0.1 on a free port, with a fresh temporary data directory.</summary>
public sealed class KestrelAppFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> settings;

    /// <param name="settings">Configuration for this app (e.g. low limits), on top of the test defaults.</param>
    public KestrelAppFactory(IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "awesomeclip-e2e", Guid.NewGuid().ToString("N"));

    public Uri BaseAddress
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.EndsWith('/') ? address : address + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development, framework assets such as blazor.web.js are only found through the static web assets manifest.
        builder.UseStaticWebAssets();
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // The journeys sign in a dozen times a minute from 127.0.0.1; the rate limit itself is tested in Web.Tests.
        builder.UseSetting("Accounts:SignInPostsPerMinute", "1000");
        builder.UseSetting("Suggestions:PostsPerWindow", "1000");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        // The shipped list links to real sites: the journeys never check links, and the checker could not reach them.
        builder.ConfigureTestServices(services => services.AddHttpClient(AwesomeClip.Core.LinkHealth.LinkChecker.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new NoNetworkHandler()));
    }

    private sealed class NoNetworkHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"The end-to-end tests reach no other machine ({request.RequestUri}).");
    }

    /// <summary>The app listens before its catalog is ready (AppStartup); tests start from a ready app.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<StartupGate>().Ready.GetAwaiter().GetResult();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
