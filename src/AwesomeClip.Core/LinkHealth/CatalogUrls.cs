using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.LinkHealth;

/// <summary>
/// The web addresses the catalog links to, each with the papers that use it: title links, links, and figures given as
/// http(s) URLs. Papers in the trash are left out (the trash filter). Files of the list's folder (<c>./images/x.png</c>,
/// <c>./citations/x.bib</c>) and uploaded figures are served by this app, not fetched over HTTP: they are not links to
/// check. Anything the link rule would not store as a web address (<see cref="LinkUrl.IsWeb"/>) is left out too.
/// </summary>
public static class CatalogUrls
{
    /// <summary>URL (trimmed) → its uses, in paper order.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<LinkUsage>>> ReadAsync(CatalogDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var papers = await db.Papers.AsNoTracking()
            .Select(p => new { p.Id, p.Title, p.Version, p.Url })
            .ToListAsync(ct).ConfigureAwait(false);
        var links = await (from l in db.PaperLinks.AsNoTracking()
                           join p in db.Papers on l.PaperId equals p.Id
                           select new { l.PaperId, l.Position, l.Id, l.Label, l.Url })
            .ToListAsync(ct).ConfigureAwait(false);
        var figures = await (from f in db.PaperFigures.AsNoTracking()
                             join p in db.Papers on f.PaperId equals p.Id
                             select new { f.PaperId, f.Position, f.Id, f.Path })
            .ToListAsync(ct).ConfigureAwait(false);

        var uses = new List<(string Url, LinkUsage Use)>();
        var byId = papers.ToDictionary(p => p.Id);
        foreach (var p in papers)
            if (IsWeb(p.Url)) uses.Add((p.Url!.Trim(), new LinkUsage(p.Id, p.Title, p.Version, LinkPlace.TitleLink, 0, null)));
        foreach (var group in links.GroupBy(l => l.PaperId))
        {
            var paper = byId[group.Key];
            var index = 0;
            // The editor lists a paper's links in position order: the index is the link's row there.
            foreach (var l in group.OrderBy(l => l.Position).ThenBy(l => l.Id))
            {
                if (IsWeb(l.Url)) uses.Add((l.Url.Trim(), new LinkUsage(paper.Id, paper.Title, paper.Version, LinkPlace.Link, index, l.Label)));
                index++;
            }
        }
        foreach (var group in figures.GroupBy(f => f.PaperId))
        {
            var paper = byId[group.Key];
            foreach (var (f, index) in group.OrderBy(f => f.Position).ThenBy(f => f.Id).Select((f, i) => (f, i)))
                if (IsWeb(f.Path)) uses.Add((f.Path.Trim(), new LinkUsage(paper.Id, paper.Title, paper.Version, LinkPlace.Figure, index, null)));
        }
        return uses.GroupBy(u => u.Url, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<LinkUsage>)[.. g.Select(u => u.Use).OrderBy(u => u.PaperId).ThenBy(u => u.Place).ThenBy(u => u.Index)],
            StringComparer.Ordinal);
    }

    private static bool IsWeb(string? url) => !string.IsNullOrWhiteSpace(url) && LinkUrl.IsWeb(url.Trim());
}
