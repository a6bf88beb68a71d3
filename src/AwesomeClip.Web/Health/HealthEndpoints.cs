using AwesomeClip.Web.Accounts;
using System.Net;
using System.Text.Json;
using AwesomeClip.Web.Admin;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AwesomeClip.Web.Health;

public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddAppHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<SearchHealthCheck>("search", tags: [Ready]);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: database and search index usable. Anonymous, JSON;
    /// the checks' details only for loopback clients and signed-in Admins.
    /// </summary>
    public static IEndpointRouteBuilder MapAppHealthChecks(this IEndpointRouteBuilder app)
    {
        // GET and HEAD only: MapHealthChecks answers every method, and nothing anonymous may accept a POST.
        var readOnly = new HttpMethodMetadata(["GET", "HEAD"]);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync })
            .AllowAnonymous().WithMetadata(readOnly);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteJsonAsync })
            .AllowAnonymous().WithMetadata(readOnly);
        return app;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (!ShowsDetails(context))
            return JsonSerializer.SerializeAsync(context.Response.Body, new { status = report.Status.ToString() }, JsonSerializerOptions.Web, context.RequestAborted);
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = (int)report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = (int)e.Value.Duration.TotalMilliseconds,
                data = e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }

    /// <summary>
    /// The checks' details (provider, migrations, errors, change-log position) are for this machine and signed-in Admins;
    /// others get the status alone. A request a proxy forwarded is not this machine's, whatever address it comes from.
    /// </summary>
    private static bool ShowsDetails(HttpContext context)
    {
        if (context.User.IsInRole(Roles.Admin)) return true;
        var forwarded = context.Request.Headers.ContainsKey("X-Forwarded-For") || context.Request.Headers.ContainsKey("X-Original-For");
        var address = context.Connection.RemoteIpAddress;
        return !forwarded && (address is null || IPAddress.IsLoopback(address));
    }
}
