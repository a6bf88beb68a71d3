using System.Collections.Concurrent;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Reading;

/// <summary>
/// The read side that pages and the public API share. The trash is never shown (a global query filter, <see cref="Trash"/>).
/// What list pages read comes from a <see cref="CatalogSnapshot"/>, built again when the catalog changed: checked at once
/// after this process wrote to the database (<see cref="CatalogWrites"/>) or a listener was told, otherwise at most
/// <see cref="RereadAfter"/> after the last check (another instance's change, ADR-038).
/// </summary>
public sealed class CatalogReader(IDbContextFactory<CatalogDbContext> dbFactory, TimeProvider? clock = null) : ICatalogChangeListener
{
    /// <summary>How long a check of the change log stands when this process wrote nothing: another instance's edit shows within it.</summary>
    public static readonly TimeSpan RereadAfter = TimeSpan.FromSeconds(1);

    private readonly TimeProvider time = clock ?? TimeProvider.System;
    private readonly Lock gate = new();
    private Checked? current;
    private Task<Checked>? reading;
    private long told;

    /// <param name="Writes">The <see cref="CatalogWrites.Generation"/> before the check, <paramref name="Told"/> the listener calls.</param>
    private sealed record Checked(CatalogSnapshot Snapshot, long Writes, long Told, DateTimeOffset At);

    /// <summary>The site as last read, without waiting (null before the first read): what a render that cannot wait shows.</summary>
    public SiteIdentity? KnownSite => Volatile.Read(ref current)?.Snapshot.Site;

    /// <summary>The catalog as pages read it now.</summary>
    public async Task<CatalogSnapshot> SnapshotAsync(CancellationToken ct = default)
    {
        while (true)
        {
            var known = Volatile.Read(ref current);
            var writes = CatalogWrites.Generation;
            var toldNow = Interlocked.Read(ref told);
            var unchanged = known is not null && known.Writes == writes && known.Told == toldNow;
            if (unchanged && time.GetUtcNow() - known!.At < RereadAfter) return known.Snapshot;
            // Only the interval ran out: one request checks, the others go on with what is known.
            Task<Checked> check;
            lock (gate)
            {
                if (unchanged && reading is { IsCompleted: false }) return known!.Snapshot;
                check = reading is { IsCompleted: false } running ? running : reading = Task.Run(CheckAsync, CancellationToken.None);
            }
            var result = await check.WaitAsync(ct).ConfigureAwait(false);
            // A check that began before this process's last write may have read too early: check again.
            if (result.Writes >= writes && result.Told >= toldNow) return result.Snapshot;
        }
    }

    /// <summary>Told after a change committed (here, or in another instance through the change log follower): the next read checks.</summary>
    public Task PapersChangedAsync(IReadOnlyCollection<int> paperIds, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref told);
        return Task.CompletedTask;
    }

    private async Task<Checked> CheckAsync()
    {
        var writes = CatalogWrites.Generation;
        var toldNow = Interlocked.Read(ref told);
        var at = time.GetUtcNow();
        var db = await dbFactory.CreateDbContextAsync().ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var stamp = new CatalogStamp(
            await db.CatalogChanges.MaxAsync(c => (long?)c.Id).ConfigureAwait(false) ?? 0,
            await db.SourceDocuments.MaxAsync(d => (int?)d.Id).ConfigureAwait(false) ?? 0);
        var before = Volatile.Read(ref current);
        var known = before?.Snapshot;
        // Told of a change: built again even with the same stamp (a save that wrote no change log entry).
        var snapshot = known is not null && known.Stamp == stamp && before!.Told == toldNow ? known : await BuildAsync(db, stamp, known).ConfigureAwait(false);
        var now = new Checked(snapshot, writes, toldNow, at);
        Volatile.Write(ref current, now);
        return now;
    }

    // Read after the stamp: a change committed meanwhile is in it or moves the stamp again.
    private static async Task<CatalogSnapshot> BuildAsync(CatalogDbContext db, CatalogStamp stamp, CatalogSnapshot? before)
    {
        var (site, folder) = before is not null && before.Stamp.Import == stamp.Import
            ? (before.Site, before.ListFolder)
            : await SiteAndFolderAsync(db).ConfigureAwait(false);
        var categories = await CategoriesOfAsync(db).ConfigureAwait(false);
        var places = await InListOrder(Live(db)).Select(p => new PaperPlace(p.Id, p.CategoryId, p.Year)).ToListAsync().ConfigureAwait(false);
        var newest = await NewestIds(db).Take(CatalogSnapshot.NewestKept).ToListAsync().ConfigureAwait(false);
        Dictionary<int, PaperSummary>? rows = null;
        if (places.Count <= CatalogSnapshot.MaxRows)
            rows = (await Summaries(Live(db)).AsSingleQuery().ToListAsync().ConfigureAwait(false)).ToDictionary(p => p.Id, Finished);
        var figures = await Live(db).SelectMany(p => p.Figures.Select(f => f.Path)).ToListAsync().ConfigureAwait(false);
        var links = await Live(db).SelectMany(p => p.Links.Where(l => !l.Url.Contains("://")).Select(l => l.Url)).ToListAsync().ConfigureAwait(false);
        return new CatalogSnapshot(stamp, site, folder, categories, places, rows, newest, ListFilesOf(figures.Concat(links)));
    }

    // What ListFileAsync matches: the path as written, or after "./"; a normalized path never holds a ':'.
    private static HashSet<string> ListFilesOf(IEnumerable<string> referenced) =>
        referenced.Where(r => !r.Contains(':', StringComparison.Ordinal)).Select(r => r.StartsWith("./", StringComparison.Ordinal) ? r[2..] : r).ToHashSet(StringComparer.Ordinal);

    private static async Task<(SiteIdentity Site, string? Folder)> SiteAndFolderAsync(CatalogDbContext db)
    {
        var newest = await db.SourceDocuments.AsNoTracking()
            .OrderByDescending(d => d.ImportedAt).ThenByDescending(d => d.Id)
            .Select(d => new { d.Title, d.Intro, d.Folder }).FirstOrDefaultAsync().ConfigureAwait(false);
        return (SiteIdentity.Of(newest?.Title, newest?.Intro), newest?.Folder);
    }

    private static async Task<IReadOnlyList<CategorySummary>> CategoriesOfAsync(CatalogDbContext db)
    {
        var flat = await db.Categories
            .OrderBy(c => c.Order)
            .Select(c => new CategorySummary(c.Id, c.Slug, c.Name, c.Order, c.Papers.Count) { ParentId = c.ParentId })
            .ToListAsync().ConfigureAwait(false);
        return CategoryTree.Annotate(flat);
    }

    // Among papers added at the same moment (one import), the list's own order decides.
    private static IQueryable<int> NewestIds(CatalogDbContext db) => Live(db)
        .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Year).ThenBy(p => p.Category.Order).ThenBy(p => p.Position)
        .Select(p => p.Id);

    /// <summary>Categories in list order (the tree read top to bottom), each with its depth and its sub-tree's count.</summary>
    public async Task<IReadOnlyList<CategorySummary>> CategoriesAsync(CancellationToken ct = default) =>
        (await SnapshotAsync(ct).ConfigureAwait(false)).Categories;

    public async Task<IReadOnlyList<YearCount>> YearsAsync(string? categorySlug = null, CancellationToken ct = default) =>
        (await SnapshotAsync(ct).ConfigureAwait(false)).Years(categorySlug);

    public async Task<IReadOnlyList<PaperSummary>> NewestAsync(int count, CancellationToken ct = default)
    {
        var snapshot = await SnapshotAsync(ct).ConfigureAwait(false);
        if (snapshot.Newest(count) is { } kept && snapshot.Rows(kept) is { } rows) return rows;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var ids = snapshot.Newest(count)?.ToList() ?? await NewestIds(db).Take(count).ToListAsync(ct).ConfigureAwait(false);
        return await RowsAsync(db, ids, ct).ConfigureAwait(false);
    }

    /// <summary>Papers in list order: category order, then year, then row position.</summary>
    public async Task<IReadOnlyList<PaperSummary>> PapersAsync(string? categorySlug, int? year, CancellationToken ct = default)
    {
        var snapshot = await SnapshotAsync(ct).ConfigureAwait(false);
        var ids = snapshot.SubtreeIds(categorySlug);
        if (snapshot.HasRows) return snapshot.Rows(snapshot.Slice(ids, year, 0, int.MaxValue).Ids)!;
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
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
        var snapshot = await SnapshotAsync(ct).ConfigureAwait(false);
        var skip = (long)(page - 1) * pageSize;
        var (total, ids) = snapshot.Slice(snapshot.SubtreeIds(categorySlug), year, skip, pageSize);
        if (ids.Count == 0) return new PaperSummaryPage(total, page, pageSize, []);
        if (snapshot.Rows(ids) is { } rows) return new PaperSummaryPage(total, page, pageSize, rows);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        return new PaperSummaryPage(total, page, pageSize, await RowsAsync(db, ids, ct).ConfigureAwait(false));
    }

    /// <summary>The rows of these papers, in this order (a paper trashed since the snapshot is left out).</summary>
    private static async Task<IReadOnlyList<PaperSummary>> RowsAsync(CatalogDbContext db, List<int> ids, CancellationToken ct)
    {
        var papers = await Summaries(Live(db).Where(p => ids.Contains(p.Id))).AsSingleQuery().ToListAsync(ct).ConfigureAwait(false);
        var byId = papers.ToDictionary(p => p.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id => Finished(byId[id]))];
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
        var snapshot = await SnapshotAsync(ct).ConfigureAwait(false);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        var query = Filter(Live(db), snapshot.SubtreeIds(categorySlug), year);
        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var ids = await query
            .OrderBy(p => p.Category.Order).ThenBy(p => p.Year).ThenBy(p => p.Position)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        var papers = await Live(db)
            .Where(p => ids.Contains(p.Id))
            .Include(p => p.Category).Include(p => p.Links).Include(p => p.Figures)
            .AsSplitQuery()
            .ToListAsync(ct).ConfigureAwait(false);
        return new PaperPage(total, page, pageSize, [.. papers.OrderBy(p => ids.IndexOf(p.Id)).Select(p => ToDetails(p, snapshot))]);
    }

    // One statement (links and figures joined): a paper has a handful of each. A compiled query belongs to one model,
    // and each provider's context has its own (one process may hold both: the tests, a migration between them).
    private static readonly ConcurrentDictionary<Type, Func<CatalogDbContext, int, CancellationToken, Task<Paper?>>> PaperByIdOf = new();

    private static Func<CatalogDbContext, int, CancellationToken, Task<Paper?>> PaperById(CatalogDbContext context) =>
        PaperByIdOf.GetOrAdd(context.GetType(), _ => EF.CompileAsyncQuery(
            (CatalogDbContext db, int id, CancellationToken ct) => db.Set<Paper>().AsNoTracking()
                .Include(p => p.Category).Include(p => p.Links).Include(p => p.Figures).AsSingleQuery()
                .FirstOrDefault(p => p.Id == id)));

    public async Task<PaperDetails?> PaperAsync(int id, CancellationToken ct = default)
    {
        var snapshot = await SnapshotAsync(ct).ConfigureAwait(false);
        var db = await dbFactory.CreateDbContextAsync(ct).ConfigureAwait(false);
        await using var dbScope = db.ConfigureAwait(false);
        return await PaperById(db)(db, id, ct).ConfigureAwait(false) is { } paper ? ToDetails(paper, snapshot) : null;
    }

    /// <summary>
    /// The list's own name and introduction, from the newest import (the defaults for a catalog never imported). Every
    /// page asks; it is read when the snapshot is built, and again only when an import was added (reading it means
    /// reading past each import's markdown: SQLite stores the later columns behind a 100 KB text).
    /// </summary>
    public async Task<SiteIdentity> SiteAsync(CancellationToken ct = default) =>
        (await SnapshotAsync(ct).ConfigureAwait(false)).Site;

    /// <summary>
    /// The full path of a file beside the imported list that the catalog refers to (a figure or a link written as
    /// <c>./images/x.png</c>); null when no paper refers to it, the list was uploaded rather than read from a folder, or
    /// the file is not there.
    /// </summary>
    public async Task<string?> ListFileAsync(string relativePath, CancellationToken ct = default)
    {
        if (ListFiles.Normalize(relativePath) is not { } path) return null;
        var snapshot = await SnapshotAsync(ct).ConfigureAwait(false);
        // Only what a live paper refers to (the trash filter applies to papers, not to their links and figures).
        return snapshot.ListFolder is { } folder && snapshot.RefersTo(path) && FigurePath.TryResolve(folder, path, out var full) && File.Exists(full) ? full : null;
    }

    public async Task<bool> CategoryExistsAsync(string slug, CancellationToken ct = default) =>
        (await SnapshotAsync(ct).ConfigureAwait(false)).SubtreeIds(slug) is { Count: > 0 };

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
        var snapshot = await SnapshotAsync(ct).ConfigureAwait(false);
        return (snapshot.PaperCount, snapshot.Categories.Count);
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

    private static PaperDetails ToDetails(Paper p, CatalogSnapshot snapshot) => new(
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
        CategoryPath = snapshot.PathOf(p.CategoryId),
    };
}
