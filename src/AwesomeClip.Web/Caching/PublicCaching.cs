using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AwesomeClip.Web.Caching;

/// <summary>
/// HTTP caching of the public catalog responses (<see cref="CatalogResource"/>: home, lists, paper pages, feeds, the
/// read API and exports; ADR-031). An anonymous GET (or HEAD) gets <c>Cache-Control: public</c> with a short max-age,
/// <c>stale-while-revalidate</c> and <c>stale-if-error</c>, the catalog's ETag and Last-Modified, and <c>Vary: Cookie</c>
/// (a copy a browser kept from before signing in is not shown after; pages also vary by Accept-Language and have an
/// ETag per culture, ADR-035); a request whose validators match is answered 304
/// before anything is rendered. The headers are set before the response is made, so the output cache stores them with
/// the page (a copy keeps the version it was made from), and taken back from any answer that is not a plain 200: an
/// error, a 404, one that sets a cookie, a stale copy. Signed-in users get <c>private, no-store</c>.
/// </summary>
public static class PublicCaching
{
    public const string PrivateCacheControl = "private, no-store";

    /// <summary>After authentication (it needs the user) and before the output cache (a 304 needs no cached copy).</summary>
    public static IApplicationBuilder UsePublicCaching(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !CatalogResource.Is(context.GetEndpoint()))
        {
            await next(context);
            return;
        }
        var response = context.Response;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            response.OnStarting(static state =>
            {
                var r = (HttpResponse)state;
                r.Headers.CacheControl = PrivateCacheControl;
                return Task.CompletedTask;
            }, response);
            await next(context);
            return;
        }
        if (await context.RequestServices.GetRequiredService<CatalogVersion>().CurrentAsync(context.RequestAborted) is not { } version)
        {
            await next(context);
            return;
        }
        var culture = CatalogResource.CultureOf(context);
        var stamp = version.InCulture(culture);
        var cacheControl = CacheControl(context.RequestServices.GetRequiredService<IOptions<HttpCacheOptions>>().Value);
        var headers = response.Headers;
        headers.CacheControl = cacheControl;
        headers.ETag = stamp.ETag;
        headers.LastModified = stamp.LastModified.ToString("R", CultureInfo.InvariantCulture);
        // A page is in the language of the culture cookie, else of Accept-Language (ADR-035).
        headers.Vary = culture.Length == 0 ? HeaderNames.Cookie : $"{HeaderNames.Cookie}, {HeaderNames.AcceptLanguage}";
        if (IsNotModified(context.Request, stamp))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.OnStarting(static state =>
        {
            var (r, ours) = ((HttpResponse, string))state;
            if (r.StatusCode == StatusCodes.Status200OK && !r.Headers.ContainsKey(HeaderNames.SetCookie) && !r.Headers.ContainsKey(StaleIfError.StaleHeader)) return Task.CompletedTask;
            r.Headers.Remove(HeaderNames.ETag);
            r.Headers.Remove(HeaderNames.LastModified);
            if (r.Headers.CacheControl == ours) r.Headers.CacheControl = r.Headers.ContainsKey(HeaderNames.SetCookie) ? "no-cache, no-store" : "no-cache";
            return Task.CompletedTask;
        }, (response, cacheControl));
        await next(context);
    });

    public static string CacheControl(HttpCacheOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"public, max-age={(long)options.MaxAge.TotalSeconds}, stale-while-revalidate={(long)options.StaleWhileRevalidate.TotalSeconds}, stale-if-error={(long)StalePages.MaxAge.TotalSeconds}");

    /// <summary>RFC 9110 §13.1: If-None-Match (weak comparison) when it is sent, otherwise If-Modified-Since.</summary>
    public static bool IsNotModified(HttpRequest request, CatalogVersion.Stamp stamp)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            var etag = EntityTagHeaderValue.Parse(stamp.ETag);
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        }
        return request.GetTypedHeaders().IfModifiedSince is { } since && since >= stamp.LastModified;
    }
}
