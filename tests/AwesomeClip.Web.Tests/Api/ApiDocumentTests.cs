using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Routing;

namespace AwesomeClip.Web.Tests.Api;

/// <summary>The OpenAPI document describes every endpoint of the JSON API; the reference page is off unless asked for.</summary>
public sealed partial class ApiDocumentTests(SharedApp app) : IClassFixture<SharedApp>
{
    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public async Task ShouldDescribeEveryApiEndpoint()
    {
        var document = await DocumentAsync();
        var paths = document.RootElement.GetProperty("paths");

        var endpoints = app.Factory.Get<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && route.StartsWith("/api/", StringComparison.Ordinal) && !route.Contains("**", StringComparison.Ordinal)
                && !route.StartsWith(Web.Api.ApiDocument.ReferencePath, StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m.ToLowerInvariant(), Path: RouteParameter().Replace(e.RoutePattern.RawText!, "{$1}"))))
            .ToList();

        Assert.True(endpoints.Count >= 9, $"found only {endpoints.Count} API endpoints");
        Assert.All(endpoints, e =>
        {
            Assert.True(paths.TryGetProperty(e.Path, out var path), $"{e.Path} is not in the document");
            Assert.True(path.TryGetProperty(e.Method, out var operation), $"{e.Method} {e.Path} is not in the document");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{e.Method} {e.Path} has no summary");
        });
        Assert.False(paths.TryGetProperty("/admin/export.md", out _), "admin downloads are not part of the public API");
    }

    [Fact]
    public async Task ShouldDocumentTheSearchParametersTheHandlerReadsItself()
    {
        var search = (await DocumentAsync()).RootElement.GetProperty("paths").GetProperty("/api/search").GetProperty("get");

        var parameters = search.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(Web.Search.SearchQueryString.Parameters.Select(p => p.Name), parameters.Keys);
        Assert.Equal("array", parameters["category"].GetProperty("schema").GetProperty("type").GetString());
        Assert.True(search.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Fact]
    public async Task ShouldDocumentThatAMissingPaperIsANotFound()
    {
        var paper = (await DocumentAsync()).RootElement.GetProperty("paths").GetProperty("/api/papers/{id}").GetProperty("get");

        Assert.Equal(["200", "400", "404"], paper.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order());
    }

    [Fact]
    public async Task ShouldNotServeTheReferencePageUnlessAskedFor()
    {
        var response = await app.Client.GetAsync("/api/reference/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ShouldServeTheReferencePageWhenAskedForWithItsOwnScriptPolicy()
    {
        using var factory = new AppFactory { Settings = { ["Api:ReferencePage"] = "true" } };
        var client = factory.CreateClient();

        var page = await client.GetAsync("/api/reference/", TestContext.Current.CancellationToken);
        var other = await client.GetAsync("/api/categories", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("AwesomeClip API", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("'unsafe-inline'", page.Headers.GetValues("Content-Security-Policy").Single().Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)));
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", other.Headers.GetValues("Content-Security-Policy").Single());
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        var response = await app.Client.GetAsync(Web.Api.ApiDocument.DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
