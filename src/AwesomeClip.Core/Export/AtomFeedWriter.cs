using System.Globalization;
using System.Text;
using System.Xml;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Export;

/// <summary>An Atom feed (RFC 4287) of the papers added most recently, overall or in one category.</summary>
public sealed class AtomFeedWriter(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    /// <summary>Writes the feed; false (and nothing written) when the requested category does not exist.</summary>
    public async Task<bool> WriteAsync(Stream output, AtomFeedRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.BaseUrl.IsAbsoluteUri) throw new ArgumentException("The base URL must be absolute.", nameof(request));
        var limit = Math.Clamp(request.Limit, 1, AtomFeedRequest.MaxLimit);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            Category? category = null;
            if (request.CategorySlug is { } slug)
            {
                category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken).ConfigureAwait(false);
                if (category is null) return false;
            }
            var query = db.Papers.AsNoTracking();
            if (category is not null)
            {
                var ids = await CategoryTree.SubtreeIdsAsync(db, category.Slug, cancellationToken).ConfigureAwait(false) ?? [];
                query = query.Where(p => ids.Contains(p.CategoryId));
            }
            var papers = await query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(limit)
                .Include(p => p.Category).Include(p => p.Links).AsSplitQuery()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var site = await SiteIdentity.LoadAsync(db, cancellationToken).ConfigureAwait(false);
            var bytes = Write(request with { Site = site }, category, papers, clock.GetUtcNow().UtcDateTime);
            await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>The feed as UTF-8 bytes; <paramref name="papers"/> are written in the order given (newest first).</summary>
    public static byte[] Write(AtomFeedRequest request, Category? category, IReadOnlyList<Paper> papers, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(papers);
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", Async = false };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            WriteFeed(xml, request, category, papers, now);
        }
        return buffer.ToArray();
    }

    private static string Excerpt(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : line[..299].TrimEnd() + "…";
    }

    private static void WriteFeed(XmlWriter xml, AtomFeedRequest request, Category? category, IReadOnlyList<Paper> papers, DateTime now)
    {
        var host = request.BaseUrl.IdnHost;
        var self = Absolute(request, request.SelfPath ?? (category is null ? "feed.atom" : $"categories/{category.Slug}/feed.atom"));
        var alternate = category is null ? request.BaseUrl.AbsoluteUri : Absolute(request, Format(request.CategoryPathFormat, category.Slug));
        var updated = papers.Count == 0 ? now : papers.Max(p => Later(p.CreatedAt, p.UpdatedAt));

        xml.WriteStartDocument();
        xml.WriteStartElement("feed", AtomNs);
        xml.WriteElementString("id", AtomNs, category is null ? $"tag:{host},2024:feed" : $"tag:{host},2024:categories/{category.Slug}");
        var site = request.Site.Name;
        Text(xml, "title", category is null ? $"{site}: recently added papers" : $"{site}: recently added papers in {category.Name}");
        Text(xml, "subtitle", request.Site.Intro is { } intro ? Excerpt(intro) : $"Papers from the {site} list.");
        xml.WriteElementString("updated", AtomNs, Rfc3339(updated));
        xml.WriteStartElement("author", AtomNs);
        xml.WriteElementString("name", AtomNs, $"{site} maintainers");
        xml.WriteEndElement();
        Link(xml, "self", self, "application/atom+xml");
        Link(xml, "alternate", alternate, "text/html");
        xml.WriteStartElement("generator", AtomNs);
        xml.WriteString("AwesomeClip");
        xml.WriteEndElement();

        foreach (var paper in papers) WriteEntry(xml, request, host, paper);

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter xml, AtomFeedRequest request, string host, Paper paper)
    {
        xml.WriteStartElement("entry", AtomNs);
        // Stable for the life of the paper: its catalog id survives edits, moves and re-imports.
        xml.WriteElementString("id", AtomNs, string.Create(CultureInfo.InvariantCulture, $"tag:{host},2024:papers/{paper.Id}"));
        Text(xml, "title", paper.Title.Trim());
        xml.WriteElementString("published", AtomNs, Rfc3339(paper.CreatedAt));
        xml.WriteElementString("updated", AtomNs, Rfc3339(Later(paper.CreatedAt, paper.UpdatedAt)));
        Link(xml, "alternate", Absolute(request, Format(request.PaperPathFormat, paper.Id)), "text/html");
        foreach (var link in paper.Links.OrderBy(l => l.Position).Where(l => Uri.TryCreate(l.Url, UriKind.Absolute, out _)))
            Link(xml, "related", link.Url, null, link.Label);
        if (paper.Category is { } category)
        {
            xml.WriteStartElement("category", AtomNs);
            xml.WriteAttributeString("term", category.Slug);
            xml.WriteAttributeString("label", Clean(category.Name));
            xml.WriteEndElement();
        }
        var summary = paper.Commentary is { Length: > 0 } note ? $"{paper.Abstract}\n\n🧟‍♂️: {note}" : paper.Abstract;
        if (summary.Length > 0) Text(xml, "summary", summary);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name, AtomNs);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string? type, string? title = null)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        if (type is not null) xml.WriteAttributeString("type", type);
        if (title is not null) xml.WriteAttributeString("title", Clean(title));
        xml.WriteEndElement();
    }

    private static string Absolute(AtomFeedRequest request, string path) => new Uri(request.BaseUrl, path).AbsoluteUri;

    private static string Format(string format, object value) => string.Format(CultureInfo.InvariantCulture, format, value);

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>SQLite hands dates back without a kind; the catalog stores UTC.</summary>
    private static string Rfc3339(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Drops characters XML 1.0 cannot hold (control characters, lone surrogates).</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(ch).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(ch))
            {
                sb.Append(ch);
            }
        }
        return sb.ToString();
    }
}
