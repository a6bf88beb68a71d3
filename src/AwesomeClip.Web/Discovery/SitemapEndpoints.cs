using System.Text;
using AwesomeClip.Core.Reading;
using AwesomeClip.Web.Caching;
using AwesomeClip.Web.Hosting;

namespace AwesomeClip.Web.Discovery;

/// <summary>
/// <c>/sitemap.xml</c> (every public page: home, papers, categories, years, each category's years, each paper) and
/// <c>/robots.txt</c>. Both are catalog resources: cached until the catalog changes, so the sitemap follows every edit
/// and import. Beyond the protocol's 50,000 URLs a file, <c>/sitemap.xml</c> becomes an index of numbered parts.
/// </summary>
public static class SitemapEndpoints
{
    private const string XmlType = "application/xml; charset=utf-8";

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpContext http, CatalogReader reader, PublicUrls urls, CancellationToken ct) =>
        {
            var sitemap = await SitemapAsync(reader, ct);
            var baseUrl = urls.BaseUrl(http.Request);
            return Xml(sitemap.Parts == 1 ? SitemapXml.UrlSet(baseUrl, sitemap.Part(1)) : SitemapXml.Index(baseUrl, sitemap));
        }).WithTags("Discovery").WithSummary("Every public page, for search engines").Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ExcludeFromDescription().WithCatalogCaching();
        app.MapGet("/sitemap-{part:int}.xml", async (int part, HttpContext http, CatalogReader reader, PublicUrls urls, CancellationToken ct) =>
        {
            var sitemap = await SitemapAsync(reader, ct);
            return part < 1 || part > sitemap.Parts || sitemap.Parts == 1
                ? Results.NotFound()
                : Xml(SitemapXml.UrlSet(urls.BaseUrl(http.Request), sitemap.Part(part)));
        }).ExcludeFromDescription().WithCatalogCaching();
        app.MapGet("/robots.txt", (HttpContext http, PublicUrls urls) => Results.Text(Robots.Text(urls.BaseUrl(http.Request)), "text/plain; charset=utf-8"))
            .ExcludeFromDescription().WithCatalogCaching();
        return app;
    }

    private static async Task<Sitemap> SitemapAsync(CatalogReader reader, CancellationToken ct)
    {
        var categories = await reader.CategoriesAsync(ct).ConfigureAwait(false);
        var papers = await reader.PaperStampsAsync(ct).ConfigureAwait(false);
        return Sitemap.Of(categories, papers);
    }

    private static IResult Xml(string xml) => Results.Bytes(Encoding.UTF8.GetBytes(xml), XmlType);
}
