using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Reading;

/// <summary>The read side that pages and the public API share. The trash is never shown (a global query filter, <see cref="Trash"/>).</summary>
public sealed class CatalogReader(IDbContextFactory<CatalogDbContext> dbFactory)
{
    private KnownSite? site;

    /// <summary>Categories in list order (the tree read top to bottom), each with its depth and its sub-tree's count.</summary>
    public async Task<IReadOnlyList<CategorySummary>> CategoriesAsync(CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var flat = await db.Categories
            .OrderBy(c => c.Order)
            .Select(c => new CategorySummary(c.Id, c.Slug, c.Name, c.Order, c.Papers.Count) { ParentId = c.ParentId })
            .ToListAsync(ct).ConfigureAwait(false);
        return CategoryTree.Annotate(flat);
    }

    public async Task<IReadOnlyList<YearCount>> YearsAsync(string? categorySlug = null, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var ids = await CatalogQueries.SubtreeIdsAsync(db, categorySlug, ct).ConfigureAwait(false);
        return await Live(db)
            .Where(p => ids == null || ids.Contains(p.CategoryId))
            .Where(p => p.Year != null)
            .GroupBy(p => p.Year!.Value)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PaperSummary>> NewestAsync(int count, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        // Among papers added at the same moment (one import), the list's own order decides.
        var ids = await Live(db)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Year).ThenBy(p => p.Category.Order).ThenBy(p => p.Position)
            .Select(p => p.Id).Take(count).ToListAsync(ct).ConfigureAwait(false);
        var papers = await Summaries(Live(db).Where(p => ids.Contains(p.Id))).AsSingleQuery().ToListAsync(ct).ConfigureAwait(false);
        return [.. papers.OrderBy(p => ids.IndexOf(p.Id)).Select(Finished)];
    }

    /// <summary>Papers in list order: category order, then year, then row position.</summary>
    public async Task<IReadOnlyList<PaperSummary>> PapersAsync(string? categorySlug, int? year, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var ids = await CatalogQueries.SubtreeIdsAsync(db, categorySlug, ct).ConfigureAwait(false);
        var papers = await Summaries(InListOrder(Filter(Live(db), ids, year))).AsSingleQuery()
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. papers.Select(Finished)];
    }

    /// <summary>
    /// One page of <see cref="PapersAsync"/>: the count, then only that page's rows (an empty page past the last one).
    /// <paramref name="page"/> is 1-based.
    /// </summary>
    public async Task<PaperSummaryPage> PapersPageAsync(string? categorySlug, int? year, int page, int pageSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var ids = await CatalogQueries.SubtreeIdsAsync(db, categorySlug, ct).ConfigureAwait(false);
        var query = Filter(Live(db), ids, year);
        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total) return new PaperSummaryPage(total, page, pageSize, []);
        var papers = await Summaries(InListOrder(query).Skip((int)skip).Take(pageSize)).AsSingleQuery()
            .ToListAsync(ct).ConfigureAwait(false);
        return new PaperSummaryPage(total, page, pageSize, [.. papers.Select(Finished)]);
    }

    // The Id makes the order total, so that pages never share or skip a paper.
    private static IOrderedQueryable<Paper> InListOrder(IQueryable<Paper> query) =>
        query.OrderBy(p => p.Category.Order).ThenBy(p => p.Year).ThenBy(p => p.Position).ThenBy(p => p.Id);

    // The query reads the figure's path, the beginnings of the texts and the row's links; pages want the file name the
    // figure is served under, excerpts cut at a word and one link of each kind.
    private static PaperSummary Finished(PaperSummary p) => p with
    {
        FigureFileName = p.FigureFileName is null ? null : Path.GetFileName(p.FigureFileName),
        AbstractExcerpt = TextExcerpt.Of(p.AbstractExcerpt, TextExcerpt.AbstractLength),
        NoteExcerpt = TextExcerpt.FirstLineOf(p.NoteExcerpt, TextExcerpt.NoteLength),
        Links = RowLinks.Pick(p.Links),
    };

    public async Task<PaperPage> PaperPageAsync(string? categorySlug, int? year, int page, int pageSize, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var query = Filter(Live(db), await CatalogQueries.SubtreeIdsAsync(db, categorySlug, ct).ConfigureAwait(false), year);
        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var ids = await query
            .OrderBy(p => p.Category.Order).ThenBy(p => p.Year).ThenBy(p => p.Position)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var items = await DetailsAsync(db, ids, ct).ConfigureAwait(false);
        return new PaperPage(total, page, pageSize, items);
    }

    public async Task<PaperDetails?> PaperAsync(int id, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        return (await DetailsAsync(db, [id], ct).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <summary>
    /// The list's own name and introduction, from the newest import (the defaults for a catalog never imported). Every
    /// page asks; it is read again only when an import was added. Reading it means reading past each import's markdown
    /// (SQLite stores the later columns behind a 100 KB text), which was a fifth of rendering a page.
    /// </summary>
    public async Task<SiteIdentity> SiteAsync(CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var newest = await db.SourceDocuments.MaxAsync(d => (int?)d.Id, ct).ConfigureAwait(false) ?? 0;
        if (site is { } known && known.NewestImport == newest) return known.Site;
        var loaded = await CatalogQueries.SiteAsync(db, ct).ConfigureAwait(false);
        site = new KnownSite(newest, loaded);
        return loaded;
    }

    private sealed record KnownSite(int NewestImport, SiteIdentity Site);

    /// <summary>
    /// The full path of a file beside the imported list that the catalog refers to (a figure or a link written as
    /// <c>./images/x.png</c>); null when no paper refers to it, the list was uploaded rather than read from a folder, or
    /// the file is not there.
    /// </summary>
    public async Task<string?> ListFileAsync(string relativePath, CancellationToken ct = default)
    {
        if (ListFiles.Normalize(relativePath) is not { } path) return null;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var folder = await db.SourceDocuments.AsNoTracking()
            .OrderByDescending(d => d.ImportedAt).ThenByDescending(d => d.Id)
            .Select(d => d.Folder).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (folder is null) return null;
        var dotted = "./" + path;
        // Only what a live paper refers to (the trash filter applies to papers, not to their links and figures).
        var referenced = await db.Papers.AnyAsync(p => p.Figures.Any(f => f.Path == path || f.Path == dotted) || p.Links.Any(l => l.Url == path || l.Url == dotted), ct).ConfigureAwait(false);
        return referenced && FigurePath.TryResolve(folder, path, out var full) && File.Exists(full) ? full : null;
    }

    public async Task<bool> CategoryExistsAsync(string slug, CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        return await db.Categories.AnyAsync(c => c.Slug == slug, ct).ConfigureAwait(false);
    }

    /// <summary>Every live paper's id, category, year and last change: what a sitemap lists.</summary>
    public async Task<IReadOnlyList<PaperStamp>> PaperStampsAsync(CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        return await Live(db)
            .OrderBy(p => p.Category.Order).ThenBy(p => p.Year).ThenBy(p => p.Position)
            .Select(p => new PaperStamp(p.Id, p.CategoryId, p.Year, p.UpdatedAt))
            .ToListAsync(ct).ConfigureAwait(false);
    }

    public async Task<(int Papers, int Categories)> CountsAsync(CancellationToken ct = default)
    {
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        return (await Live(db).CountAsync(ct).ConfigureAwait(false), await db.Categories.CountAsync(ct).ConfigureAwait(false));
    }

    private static IQueryable<Paper> Live(CatalogDbContext db) => db.Papers.AsNoTracking();

    private static IQueryable<Paper> Filter(IQueryable<Paper> query, List<int>? categoryIds, int? year) => query
        .Where(p => categoryIds == null || categoryIds.Contains(p.CategoryId))
        .Where(p => year == null || p.Year == year);

    private static IQueryable<PaperSummary> Summaries(IQueryable<Paper> query) => query.Select(p => new PaperSummary(
        p.Id,
        p.Title,
        p.Year,
        new CategoryRef(p.Category.Slug, p.Category.Name),
        p.GithubRepo,
        p.ArxivId,
        p.Figures.OrderBy(f => f.Position).Select(f => f.Path).FirstOrDefault(),
        p.GithubRepo != null || p.Links.Any(l => l.Kind == LinkKind.Github || l.Kind == LinkKind.Code), // PaperCode.Has
        p.CreatedAt)
    {
        Authors = p.Authors,
        Venue = p.Venue,
        Url = p.Url,
        Month = p.Month,
        Day = p.Day,
        FigurePath = p.Figures.OrderBy(f => f.Position).Select(f => f.Path).FirstOrDefault(),
        AbstractExcerpt = p.Abstract.Substring(0, AbstractRead),
        NoteExcerpt = p.Commentary == null ? null : p.Commentary.Substring(0, NoteRead),
        Links = p.Links
            .Where(l => l.Kind == LinkKind.Github || l.Kind == LinkKind.Code || l.Kind == LinkKind.Paper || l.Kind == LinkKind.Project) // RowLinks.Shows
            .OrderBy(l => l.Position).Select(l => new LinkView(l.Kind, l.Label, l.Url)).ToList(),
    });

    private static readonly int AbstractRead = TextExcerpt.ReadLength(TextExcerpt.AbstractLength);
    private static readonly int NoteRead = TextExcerpt.ReadLength(TextExcerpt.NoteLength);

    private static async Task<IReadOnlyList<PaperDetails>> DetailsAsync(CatalogDbContext db, List<int> ids, CancellationToken ct)
    {
        var papers = await Live(db)
            .Where(p => ids.Contains(p.Id))
            .Include(p => p.Category).Include(p => p.Links).Include(p => p.Figures)
            .AsSplitQuery()
            .ToListAsync(ct).ConfigureAwait(false);
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Slug, c.Name, c.ParentId }).ToDictionaryAsync(c => c.Id, ct).ConfigureAwait(false);
        List<CategoryRef> PathOf(int id)
        {
            var path = new List<CategoryRef>();
            for (int? c = id; c is { } cid && categories.TryGetValue(cid, out var cat) && path.Count < 16; c = cat.ParentId)
                path.Insert(0, new CategoryRef(cat.Slug, cat.Name));
            return path;
        }
        return [.. papers.OrderBy(p => ids.IndexOf(p.Id)).Select(p => ToDetails(p) with { CategoryPath = PathOf(p.CategoryId) })];
    }

    private static PaperDetails ToDetails(Paper p) => new(
        p.Id,
        p.Title,
        p.Year,
        new CategoryRef(p.Category.Slug, p.Category.Name),
        p.Abstract,
        p.Commentary,
        [.. p.Links.OrderBy(l => l.Position).Select(l => new LinkView(l.Kind, l.Label, l.Url))],
        p.GithubRepo,
        p.ArxivId,
        [.. p.Figures.OrderBy(f => f.Position).Select(f => f.FileName)],
        p.SourceLine,
        p.CreatedAt,
        p.UpdatedAt)
    {
        Url = p.Url,
        Authors = p.Authors,
        Venue = p.Venue,
        Month = p.Month,
        Day = p.Day,
        Extras = [.. p.Extras],
        FigurePaths = [.. p.Figures.OrderBy(f => f.Position).Select(f => f.Path)],
    };
}
