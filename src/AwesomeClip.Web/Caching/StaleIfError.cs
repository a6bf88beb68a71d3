using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OutputCaching;

namespace AwesomeClip.Web.Caching;

/// <summary>
/// Stale-if-error for the anonymous catalog pages (ADR-018): each good rendering is kept (<see cref="StalePages"/>), and
/// when rendering fails because the database is unreachable, the last good one is served instead of an error. The good
/// answers' Cache-Control (<see cref="PublicCaching"/>) says the same to browsers and proxies: <c>stale-if-error=86400</c>.
/// </summary>
public static class StaleIfError
{
    /// <summary>The stale copy's Cache-Control: no validators (it may be older than the version it would be labelled with).</summary>
    public static readonly string CacheControl = $"no-cache, stale-if-error={(int)StalePages.MaxAge.TotalSeconds}";

    /// <summary>Marks a response that is the last good copy, not a fresh rendering.</summary>
    public const string StaleHeader = "X-Stale";

    /// <summary>After the output cache: what it serves never gets here; what it would store is rendered here.</summary>
    public static IApplicationBuilder UseStaleIfError(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!IsAnonymousCatalogPage(context))
        {
            await next(context);
            return;
        }
        var stale = context.RequestServices.GetRequiredService<StalePages>();
        var key = context.Request.Path.Value + context.Request.QueryString.Value;
        var bodyFeature = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var buffer = new MemoryStream();
        // No prior feature: nothing the page does can start the real response before it is known to be good.
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
        try
        {
            await next(context);
        }
        catch (Exception e) when (DatabaseOutage.Is(e) && stale.TryGet(key, out var copy))
        {
            context.Features.Set(bodyFeature);
            await ServeStaleAsync(context, copy);
            return;
        }
        finally
        {
            context.Features.Set(bodyFeature);
        }
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true
            && !response.Headers.ContainsKey("Set-Cookie"))
        {
            stale.Save(key, response.ContentType, buffer.ToArray());
        }
        if (!response.HasStarted) response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, context.RequestAborted);
    });

    private static async Task ServeStaleAsync(HttpContext context, StalePages.Copy copy)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaleIfError));
        logger.LogWarning("Served the copy of {Path} from {SavedAt:u}: the catalog database is unreachable", context.Request.Path, copy.SavedAt);
        // The copy must not become the output cache's fresh entry.
        if (context.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
        var response = context.Response;
        response.Clear();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = copy.ContentType;
        response.Headers.CacheControl = CacheControl;
        response.Headers.Age = ((long)Math.Max(0, (DateTimeOffset.UtcNow - copy.SavedAt).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.Headers[StaleHeader] = "the catalog database is unreachable; this page is the last good copy";
        response.ContentLength = copy.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(copy.Body, context.RequestAborted);
    }

    private static bool IsAnonymousCatalogPage(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is { PolicyName: CatalogPageCache.Policy };
}
