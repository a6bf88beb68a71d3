namespace AwesomeClip.Web.Discovery;

/// <summary>
/// robots.txt: crawlers read the catalog and its feeds; they stay out of the admin and account pages, the search
/// results (endless combinations of one catalog) and the suggestion form, and find every page in the sitemap.
/// </summary>
public static class Robots
{
    public static string Text(Uri baseUrl) =>
        $"""
        User-agent: *
        Disallow: /admin
        Disallow: /Account/
        Disallow: /account/
        Disallow: /search
        Disallow: /api/search
        Disallow: /suggest
        Allow: /

        Sitemap: {new Uri(baseUrl, "sitemap.xml").AbsoluteUri}

        """;
}
