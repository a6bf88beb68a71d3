using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Catalog;

/// <summary>The read side that pages and the public API share. The trash is never shown (a global query filter, <see cref="Trash"/>).</summary>
public sealed class CatalogReader(IDbContextFactory<CatalogDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CategorySummary>> CategoriesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Categories
            .OrderBy(c => c.Order)
            .Select(c => new CategorySummary(c.Id, c.Slug, c.Name, c.Order, c.Papers.Count))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<YearCount>> YearsAsync(string? categorySlug = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Live(db)
            .Where(p => categorySlug == null || p.Category.Slug == categorySlug)
            .Where(p => p.Year != null)
            .GroupBy(p => p.Year!.Value)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearCount(g.Key, g.Count()))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<PaperSummary>> NewestAsync(int count, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Among papers added at the same moment (one import), the list's own order decides.
        var ids = await Live(db)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Year).ThenBy(p => p.Category.Order).ThenBy(p => p.Position)
            .Select(p => p.Id).Take(count).ToListAsync(ct);
        var papers = await Summaries(Live(db).Where(p => ids.Contains(p.Id))).ToListAsync(ct);
        return [.. papers.OrderBy(p => ids.IndexOf(p.Id)).Select(WithFileName)];
    }

    /// <summary>Papers in list order: category order, then year, then row position.</summary>
    public async Task<IReadOnlyList<PaperSummary>> PapersAsync(string? categorySlug, int? year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var papers = await Summaries(Filter(Live(db), categorySlug, year)
                .OrderBy(p => p.Category.Order).ThenBy(p => p.Year).ThenBy(p => p.Position))
            .ToListAsync(ct);
        return [.. papers.Select(WithFileName)];
    }

    // The query selects the figure's path; pages want the file name it is served under.
    private static PaperSummary WithFileName(PaperSummary p) =>
        p.FigureFileName is null ? p : p with { FigureFileName = Path.GetFileName(p.FigureFileName) };

    public async Task<PaperPage> PaperPageAsync(string? categorySlug, int? year, int page, int pageSize, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Filter(Live(db), categorySlug, year);
        var total = await query.CountAsync(ct);
        var ids = await query
            .OrderBy(p => p.Category.Order).ThenBy(p => p.Year).ThenBy(p => p.Position)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => p.Id).ToListAsync(ct);
        var items = await DetailsAsync(db, ids, ct);
        return new PaperPage(total, page, pageSize, items);
    }

    public async Task<PaperDetails?> PaperAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await DetailsAsync(db, [id], ct)).FirstOrDefault();
    }

    public async Task<bool> CategoryExistsAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Categories.AnyAsync(c => c.Slug == slug, ct);
    }

    public async Task<(int Papers, int Categories)> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await Live(db).CountAsync(ct), await db.Categories.CountAsync(ct));
    }

    private static IQueryable<Paper> Live(CatalogDbContext db) => db.Papers.AsNoTracking();

    private static IQueryable<Paper> Filter(IQueryable<Paper> query, string? categorySlug, int? year) => query
        .Where(p => categorySlug == null || p.Category.Slug == categorySlug)
        .Where(p => year == null || p.Year == year);

    private static IQueryable<PaperSummary> Summaries(IQueryable<Paper> query) => query.Select(p => new PaperSummary(
        p.Id,
        p.Title,
        p.Year,
        new CategoryRef(p.Category.Slug, p.Category.Name),
        p.GithubRepo,
        p.ArxivId,
        p.Figures.OrderBy(f => f.Position).Select(f => f.Path).FirstOrDefault(),
        p.Links.Any(l => l.Kind == LinkKind.Github),
        p.CreatedAt));

    private static async Task<IReadOnlyList<PaperDetails>> DetailsAsync(CatalogDbContext db, List<int> ids, CancellationToken ct)
    {
        var papers = await Live(db)
            .Where(p => ids.Contains(p.Id))
            .Include(p => p.Category).Include(p => p.Links).Include(p => p.Figures)
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. papers.OrderBy(p => ids.IndexOf(p.Id)).Select(ToDetails)];
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
        p.UpdatedAt);
}
