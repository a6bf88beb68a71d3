using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace AwesomeClip.Web.Api;

/// <summary>
/// The JSON API's OpenAPI document at <see cref="DocumentPath"/>, and an interactive reference page at
/// <see cref="ReferencePath"/> in Development or when <c>Api:ReferencePage</c> is true.
/// </summary>
public static class ApiDocument
{
    public const string DocumentPath = "/openapi/v1.json";

    public const string ReferencePath = "/api/reference";

    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddOptions<ApiDocumentOptions>().BindConfiguration(ApiDocumentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services.AddOpenApi("v1", o =>
        {
            // The public read API and its feeds; not the pages, admin downloads, figures or health checks.
            o.ShouldInclude = d => d.RelativePath is { } path && (path.StartsWith("api/", StringComparison.Ordinal) || path.EndsWith("feed.atom", StringComparison.Ordinal));
            o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "AwesomeClip API",
                Version = "v1",
                Description = "Read-only access to the catalog: categories, papers, search with facets, and exports (markdown, JSON, BibTeX, Atom).",
            };
            return Task.CompletedTask;
        });
        });
    }

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi(DocumentPath).ExcludeFromDescription();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApiDocumentOptions>>().Value;
        if (app.Environment.IsDevelopment() || options.ReferencePage)
        {
            // Nothing on the page calls out of the machine: no AI agent, MCP, telemetry or hosted developer tools.
            app.MapScalarApiReference(ReferencePath, o => o.WithOpenApiRoutePattern(DocumentPath).WithTitle("AwesomeClip API")
                .DisableAgent().DisableMcp().DisableTelemetry().HideDeveloperTools().HideClientButton()).ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>Documents query parameters a handler reads from the query string itself (the search's repeatable filters).</summary>
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder endpoint, IReadOnlyList<QueryParameter> parameters) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var p in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Query,
                    Description = p.Description,
                    Schema = p.Repeatable
                        ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = p.Type } }
                        : new OpenApiSchema { Type = p.Type },
                    Explode = p.Repeatable,
                });
            }
            return Task.CompletedTask;
        });
}

public sealed record QueryParameter(string Name, JsonSchemaType Type, string Description, bool Repeatable = false);

public sealed record ApiDocumentOptions
{
    public const string Section = "Api";

    /// <summary>Serve the interactive API reference outside Development too.</summary>
    public bool ReferencePage { get; init; }
}
