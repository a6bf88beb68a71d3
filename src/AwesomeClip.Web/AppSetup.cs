using System.Text.Encodings.Web;
using System.Text.Unicode;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Api;
using AwesomeClip.Web.Caching;
using AwesomeClip.Web.ChangeLog;
using AwesomeClip.Web.Circuits;
using AwesomeClip.Web.Discovery;
using AwesomeClip.Web.Components;
using AwesomeClip.Web.Export;
using AwesomeClip.Web.Figures;
using AwesomeClip.Web.Health;
using AwesomeClip.Web.Hosting;
using AwesomeClip.Web.LinkHealth;
using AwesomeClip.Web.Localization;
using AwesomeClip.Web.Safety;
using AwesomeClip.Web.Search;
using AwesomeClip.Web.Startup;
using AwesomeClip.Web.Storage;
using AwesomeClip.Web.Storage.Keys;
using AwesomeClip.Web.Suggestions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace AwesomeClip.Web;

public static class AppSetup
{
    public static WebApplicationBuilder AddAwesomeClip(this WebApplicationBuilder builder)
    {
        builder.Services.AddCatalog();
        builder.Services.AddCatalogSearch();
        builder.Services.AddAppStartup();
        builder.Services.AddChangeLogFollower();
        builder.Services.AddAppHealthChecks();
        builder.Services.AddRequestTrust();
        builder.Services.AddCatalogPageCache();
        builder.Services.AddAccounts(builder.Environment);
        builder.Services.AddFormLimits();
        builder.Services.AddCatalogAdmin();
        builder.Services.AddFigureUploads();
        builder.Services.AddFigureSizes();
        builder.Services.AddReaderSuggestions();
        builder.Services.AddLinkHealthAdmin();
        // Keys live in the database, so cookies and antiforgery tokens survive restarts and work on every instance.
        builder.Services.AddDatabaseKeyRing();
        builder.Services.AddAppLocalization();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = AppLocalization.LocalizeTitle);
        builder.Services.AddApiDocument();
        // Chinese text is written as UTF-8, not as &#x...; entities (which would triple the page size).
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddFormAntiforgeryState();
        builder.Services.AddCircuitLimits();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        return builder;
    }

    public static WebApplication UseAwesomeClip(this WebApplication app)
    {
        app.UseHeadRequests();
        app.UseRouting();
        app.UseHostHeaderCheck();
        app.UseStartupGate();
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Before the error pages, the status pages and the caches: all of them render or key by the request's culture.
        app.UseAppLocalization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseFormLimits();
        app.UseAntiforgery();
        app.UsePublicCaching();
        app.UseOutputCache();
        app.UseStaleIfError();
        app.MapStaticAssets();
        app.MapAppHealthChecks();
        app.MapAccountEndpoints();
        app.MapCultureSwitch();
        app.MapCatalogApi();
        app.MapApiDocument();
        app.MapFigures();
        app.MapListFiles();
        app.MapExports();
        app.MapDiscovery();
        app.MapSearchApi();
        app.MapAdmin();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// Starts listening and prepares the catalog side by side (<see cref="AppStartup"/>), then serves until shut down.
    /// Returns the process exit code: 1 when start-up failed (the log says why).
    /// </summary>
    public static async Task<int> RunAwesomeClipAsync(this WebApplication app)
    {
        int papers, categories;
        try
        {
            (papers, categories) = await app.Services.GetRequiredService<AppStartup>().StartAsync(app, app.Lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException) when (app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return 0;
        }
        catch (Exception)
        {
            // AppStartup has logged why.
            await app.StopAsync();
            return 1;
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine($"AwesomeClip: {papers} papers in {categories} categories.");
        foreach (var address in addresses) Console.WriteLine($"Browse the catalog at {address}");
        DevelopmentExposure.WarnIfReachable(app.Environment, addresses, app.Logger);
        await app.WaitForShutdownAsync();
        return 0;
    }
}
