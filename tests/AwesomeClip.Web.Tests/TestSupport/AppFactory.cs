using AwesomeClip.Web.Hosting;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>The whole app in-process on a fresh temporary data directory (or a given one), seeded from the shipped list when empty.</summary>
public sealed class AppFactory(string? dataDirectory = null) : WebApplicationFactory<Program>
{
    public string DataDirectory { get; init; } = dataDirectory ?? Path.Combine(Path.GetTempPath(), "awesomeclip-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Extra configuration (e.g. <c>Storage:Provider</c>, <c>Storage:IndexDirectory</c>) for tests of several instances.</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>False to send requests while the app is still starting (they wait at the StartupGate).</summary>
    public bool WaitUntilReady { get; init; } = true;

    /// <summary>False for an instance that another instance (or a restart) goes on using the data directory of.</summary>
    public bool DeleteDataDirectory { get; init; } = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // Many tests sign in against one app; the rate limit itself is tested with a low limit (SignInTests).
        builder.UseSetting("Accounts:SignInPostsPerMinute", "10000");
        // Likewise the suggestion form (SuggestionRateLimitTests sets a low limit).
        builder.UseSetting("Suggestions:PostsPerWindow", "10000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddTestAuthentication().AddTestClientAddress().AddLoopbackOnlyLinks());
    }

    /// <summary>A client signed in as an editor (see <see cref="TestAuth"/>).</summary>
    public HttpClient CreateEditorClient(string user = "editor@example.org") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).As(user, "Editor");

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public CatalogDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext();

    /// <summary>The app listens before its catalog is ready (AppStartup); tests start from a ready app.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitUntilReady) host.Services.GetRequiredService<StartupGate>().Ready.GetAwaiter().GetResult();
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || !DeleteDataDirectory) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
