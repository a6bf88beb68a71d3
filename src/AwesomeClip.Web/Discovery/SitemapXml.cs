using System.Globalization;
using System.Text;
using System.Xml;

namespace AwesomeClip.Web.Discovery;

/// <summary>The sitemap protocol's two documents: a set of URLs, and an index of such sets.</summary>
public static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string UrlSet(Uri baseUrl, IEnumerable<SitemapEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", new Uri(baseUrl, entry.Path).AbsoluteUri);
                if (entry.LastModified is { } changed) xml.WriteElementString("lastmod", W3cDate(changed));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    public static string Index(Uri baseUrl, Sitemap sitemap)
    {
        ArgumentNullException.ThrowIfNull(sitemap);
        return Write(xml =>
        {
            xml.WriteStartElement("sitemapindex", Namespace);
            for (var part = 1; part <= sitemap.Parts; part++)
            {
                xml.WriteStartElement("sitemap");
                xml.WriteElementString("loc", new Uri(baseUrl, $"sitemap-{part}.xml").AbsoluteUri);
                if (sitemap.LastModified is { } changed) xml.WriteElementString("lastmod", W3cDate(changed));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static string W3cDate(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }
        // StringBuilder output declares utf-16; the bytes sent are UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
