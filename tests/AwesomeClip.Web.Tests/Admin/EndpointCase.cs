using AwesomeClip.Web.Accounts;
using AwesomeClip.Web.Admin;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace AwesomeClip.Web.Tests.Admin;

/// <summary>One route and HTTP method of the running app, with a URL that reaches it.</summary>
public sealed record EndpointCase(string Route, string Method, string Url, bool IsPage, IReadOnlyList<string> Policies, bool AllowsAnonymous)
{
    private static readonly string[] AnyMethod = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    public bool IsAdmin => Route.StartsWith("/admin", StringComparison.OrdinalIgnoreCase);

    public bool IsAdminOnly => Policies.Contains(AdminPolicies.Admin);

    public bool IsRead => Method is "GET" or "HEAD";

    public override string ToString() => $"{Method} {Route}";

    /// <summary>
    /// Every endpoint except static files (tested for headers separately) and the Blazor circuit's own
    /// (/_blazor: its pages are authorized when they are requested, and the circuit re-checks the user).
    /// </summary>
    public static IReadOnlyList<EndpointCase> All(AppFactory factory)
    {
        _ = factory.Server;
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        return [.. endpoints
            .Where(e => !IsCircuit(e) && e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? AnyMethod).Select(m => From(e, m)))
            .DistinctBy(c => (c.Route, c.Method))];
    }

    private static bool IsCircuit(RouteEndpoint e) => ("/" + e.RoutePattern.RawText?.TrimStart('/')).StartsWith("/_blazor", StringComparison.Ordinal);

    private static EndpointCase From(RouteEndpoint e, string method)
    {
        var route = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
        var authorize = e.Metadata.GetOrderedMetadata<IAuthorizeData>();
        return new EndpointCase(route, method, SampleUrl(e.RoutePattern), e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null,
            [.. authorize.Select(a => a.Policy ?? "(default)")], e.Metadata.GetMetadata<IAllowAnonymous>() is not null);
    }

    /// <summary>The route with sample values: numbers for int parameters, a figure name, "sample" otherwise.</summary>
    private static string SampleUrl(RoutePattern pattern) => "/" + string.Join("/", pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
    {
        RoutePatternLiteralPart l => l.Content,
        RoutePatternSeparatorPart sep => sep.Content,
        RoutePatternParameterPart { Name: "name" } => "CLIP-Art.png",
        RoutePatternParameterPart p2 when p2.ParameterPolicies.Any(x => x.Content == "int") => "1",
        RoutePatternParameterPart { Name: "path" } => "robots.txt",
        _ => "sample",
    }))));
}
