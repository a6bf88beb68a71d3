using AwesomeClip.Web.Hosting;
using System.Net;
using AwesomeClip.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// The real app in this process on Kestrel at 127.0.0.1 (free port), Production settings, a fresh temporary data
/// directory (first start imports the shipped list, or the one given), framework scripts served for live circuits.
/// </summary>
internal sealed class BenchApp : WebApplicationFactory<Program>
{
    private readonly Action<IServiceCollection>? configureServices;
    private readonly string? seedList;

    /// <param name="configureServices">Extra services (a circuit counter).</param>
    /// <param name="seedList">The list the first start imports (<c>Seed:ListPath</c>); the shipped one when null.</param>
    public BenchApp(Action<IServiceCollection>? configureServices = null, string? seedList = null)
    {
        this.configureServices = configureServices;
        this.seedList = seedList;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public string DataDirectory { get; } = Path.Combine(BenchPaths.Scratch, "app-" + Guid.NewGuid().ToString("N"));

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
        builder.UseEnvironment("Production");
        // Outside Development, blazor.web.js is only found through the static web assets manifest of the build.
        builder.UseStaticWebAssets();
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        if (seedList is not null) builder.UseSetting("Seed:ListPath", seedList);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:AwesomeClip", "Warning");
        // The circuit memory report holds dozens of pages open from one address; the per-client cap would drop them.
        builder.UseSetting("Circuits:AnonymousPerClient", "10000");
        builder.UseSetting("Circuits:IdleTimeout", "1.00:00:00");
        if (configureServices is not null) builder.ConfigureServices(configureServices);
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
