using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AwesomeClip.Web.Safety;

/// <summary>
/// Blazor's antiforgery state with a token only where a form asks for one (ADR-031). The framework's provider is a
/// persistent service whose persisted property creates a token when it is read, and with an interactive render mode
/// configured the state of every page is persisted: every page set the antiforgery cookie and <c>no-store</c>, so no
/// page could be cached by anyone. Here a token is created when a form renders one (<c>&lt;AntiforgeryToken /&gt;</c>,
/// an <c>EditForm</c>) and only that token is carried into the page's circuit. POSTs are validated as before.
/// </summary>
public sealed class FormAntiforgeryStateProvider(IAntiforgery antiforgery, IHttpContextAccessor http, IServiceProvider scope) : AntiforgeryStateProvider
{
    /// <summary>
    /// Persisted into a prerendered page for its circuit, under the framework's own key (the service type and this
    /// name), so the circuit restores it as before. Reading it never creates a token.
    /// </summary>
    [PersistentState]
    public AntiforgeryRequestToken? CurrentToken { get; set; }

    public override AntiforgeryRequestToken? GetAntiforgeryToken()
    {
        // A circuit has no request of its own (the accessor may show its WebSocket's): it uses what its page carried.
        if (http.HttpContext is not { } context || !ReferenceEquals(context.RequestServices, scope)) return CurrentToken;
        var tokens = context.Response.HasStarted ? antiforgery.GetTokens(context) : antiforgery.GetAndStoreTokens(context);
        CurrentToken = tokens.RequestToken is null ? null : new AntiforgeryRequestToken(tokens.RequestToken, tokens.FormFieldName);
        return CurrentToken;
    }
}

public static class FormAntiforgeryStateExtensions
{
    /// <summary>After <c>AddRazorComponents</c>, whose provider it replaces.</summary>
    public static IServiceCollection AddFormAntiforgeryState(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.RemoveAll<AntiforgeryStateProvider>();
        services.AddScoped<AntiforgeryStateProvider, FormAntiforgeryStateProvider>();
        return services;
    }
}
