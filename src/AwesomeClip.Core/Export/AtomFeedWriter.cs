using AwesomeClip.Core.Reading;
using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Export;

/// <summary>
/// An Atom feed (RFC 4287) of the papers added most recently, overall or in one category, written by
/// System.ServiceModel.Syndication (ADR-024).
/// </summary>
public sealed class AtomFeedWriter(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider clock)
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

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
                var ids = await CatalogQueries.SubtreeIdsAsync(db, category.Slug, cancellationToken).ConfigureAwait(false) ?? [];
                query = query.Where(p => ids.Contains(p.CategoryId));
            }
            var papers = await query.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(limit)
                .Include(p => p.Category).Include(p => p.Links).AsSplitQuery()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var site = await CatalogQueries.SiteAsync(db, cancellationToken).ConfigureAwait(false);
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
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
            new Atom10FeedFormatter(Feed(request, category, papers, now)).WriteTo(xml);
        return buffer.ToArray();
    }

    private static SyndicationFeed Feed(AtomFeedRequest request, Category? category, IReadOnlyList<Paper> papers, DateTime now)
    {
        var host = request.BaseUrl.IdnHost;
        var site = request.Site.Name;
        var feed = new SyndicationFeed
        {
            Id = category is null ? $"tag:{host},2024:feed" : $"tag:{host},2024:categories/{category.Slug}",
            Title = Text(category is null ? $"{site}: recently added papers" : $"{site}: recently added papers in {category.Name}"),
            Description = Text(request.Site.Intro is { } intro ? Excerpt(intro) : $"Papers from the {site} list."),
            LastUpdatedTime = Utc(papers.Count == 0 ? now : papers.Max(p => Later(p.CreatedAt, p.UpdatedAt))),
            Generator = "AwesomeClip",
            Items = [.. papers.Select(p => Entry(request, host, p))],
        };
        feed.Authors.Add(new SyndicationPerson { Name = Clean($"{site} maintainers") });
        feed.Links.Add(new SyndicationLink(Absolute(request, request.SelfPath ?? (category is null ? "feed.atom" : $"categories/{category.Slug}/feed.atom")), "self", null, "application/atom+xml", 0));
        feed.Links.Add(new SyndicationLink(category is null ? request.BaseUrl : Absolute(request, Format(request.CategoryPathFormat, category.Slug)), "alternate", null, "text/html", 0));
        return feed;
    }

    private static SyndicationItem Entry(AtomFeedRequest request, string host, Paper paper)
    {
        var entry = new SyndicationItem
        {
            // Stable for the life of the paper: its catalog id survives edits, moves and re-imports.
            Id = string.Create(CultureInfo.InvariantCulture, $"tag:{host},2024:papers/{paper.Id}"),
            Title = Text(paper.Title.Trim()),
            PublishDate = Utc(paper.CreatedAt),
            LastUpdatedTime = Utc(Later(paper.CreatedAt, paper.UpdatedAt)),
        };
        entry.Links.Add(new SyndicationLink(Absolute(request, Format(request.PaperPathFormat, paper.Id)), "alternate", null, "text/html", 0));
        foreach (var link in paper.Links.OrderBy(l => l.Position))
        {
            if (Uri.TryCreate(link.Url, UriKind.Absolute, out var url)) entry.Links.Add(new SyndicationLink(url, "related", Clean(link.Label), null, 0));
        }
        if (paper.Category is { } category) entry.Categories.Add(new SyndicationCategory(category.Slug, null, Clean(category.Name)));
        var summary = paper.Commentary is { Length: > 0 } note ? $"{paper.Abstract}\n\n🧟‍♂️: {note}" : paper.Abstract;
        if (summary.Length > 0) entry.Summary = Text(summary);
        return entry;
    }

    private static string Excerpt(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : line[..299].TrimEnd() + "…";
    }

    private static TextSyndicationContent Text(string value) => new(Clean(value), TextSyndicationContentKind.Plaintext);

    private static Uri Absolute(AtomFeedRequest request, string path) => new(request.BaseUrl, path);

    private static string Format(string format, object value) => string.Format(CultureInfo.InvariantCulture, format, value);

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>SQLite hands dates back without a kind; the catalog stores UTC.</summary>
    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

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
