using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// The app on real Kestrel on 127.0.0.1 (TestServer does not check what Kestrel checks: ASCII-only headers, say), its log
/// recorded. Its clients talk plain http, so the Secure sign-in cookie is set but never sent back.
/// </summary>
public sealed class KestrelApp : IDisposable
{
    private readonly AppFactory root;

    public KestrelApp() : this(new AppFactory())
    {
    }

    /// <summary>Puts <paramref name="factory"/> (not started yet, e.g. <c>new AppFactory { Settings = … }</c>) on Kestrel.</summary>
    internal KestrelApp(AppFactory factory)
    {
        root = factory;
        Factory = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(Log)));
        Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Factory.StartServer();
    }

    public WebApplicationFactory<Program> Factory { get; }

    public LogCapture Log { get; } = new();

    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;

    /// <summary>A client with its own cookie jar that never follows redirects.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };

    public void Dispose()
    {
        Factory.Dispose();
        root.Dispose();
    }
}
