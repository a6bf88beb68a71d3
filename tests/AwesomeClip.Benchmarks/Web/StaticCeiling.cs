using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// The ceiling for page serving: the pages' saved HTML as files in a temporary wwwroot, served by Kestrel's static
/// file middleware in this process (same loopback, same client).
/// </summary>
internal sealed class StaticCeiling : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string root;

    private StaticCeiling(WebApplication app, string root, Uri baseAddress)
    {
        this.app = app;
        this.root = root;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<StaticCeiling> StartAsync(IReadOnlyDictionary<string, string> htmlByFileName)
    {
        var root = Directory.CreateDirectory(Path.Combine(BenchPaths.Scratch, "static-" + Guid.NewGuid().ToString("N"))).FullName;
        foreach (var (name, html) in htmlByFileName) await File.WriteAllTextAsync(Path.Combine(root, name), html);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticCeiling(app, root, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }
}
