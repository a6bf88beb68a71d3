using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Reading;

/// <summary>
/// What the catalog pages read, held in memory between changes (<see cref="CatalogReader.SnapshotAsync"/>): the site,
/// the categories with their counts, every live paper's place in list order and year, the newest additions, the files
/// beside the list that papers refer to, and each paper's list row while the catalog has at most
/// <see cref="MaxRows"/> papers. Built from queries under the trash filter; never changed once built.
/// </summary>
public sealed class CatalogSnapshot
{
    /// <summary>Rows kept in memory up to this many papers (about 1 KB each); a larger catalog reads a page's rows.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Newest additions kept; asking for more reads them.</summary>
    public const int NewestKept = 32;

    private readonly IReadOnlyList<PaperPlace> places;
    private readonly IReadOnlyDictionary<int, PaperSummary>? rows;
    private readonly IReadOnlyList<int> newest;
    private readonly IReadOnlySet<string> listFiles;
    private readonly Dictionary<string, CategorySummary> bySlug;
    private readonly Dictionary<int, CategorySummary> byId;
    private readonly Dictionary<int, IReadOnlyList<YearCount>> yearsBySubtree = [];
    private readonly IReadOnlyList<YearCount> allYears;

    internal CatalogSnapshot(
        CatalogStamp stamp,
        SiteIdentity site,
        string? listFolder,
        IReadOnlyList<CategorySummary> categories,
        IReadOnlyList<PaperPlace> places,
        IReadOnlyDictionary<int, PaperSummary>? rows,
        IReadOnlyList<int> newest,
        IReadOnlySet<string> listFiles)
    {
        Stamp = stamp;
        Site = site;
        ListFolder = listFolder;
        Categories = categories;
        this.places = places;
        this.rows = rows;
        this.newest = newest;
        this.listFiles = listFiles;
        bySlug = categories.GroupBy(c => c.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        byId = categories.ToDictionary(c => c.Id);
        allYears = YearsOf(places);
        // Every category's, computed now: the snapshot is read from many requests at once and never changes.
        foreach (var c in categories)
        {
            var ids = SubtreeOf(c).ToHashSet();
            yearsBySubtree[c.Id] = YearsOf(places.Where(p => ids.Contains(p.CategoryId)));
        }
    }

    /// <summary>The change log entry and the import it was read at.</summary>
    public CatalogStamp Stamp { get; }

    public SiteIdentity Site { get; }

    /// <summary>The folder the newest import was read from; null for an uploaded list or none.</summary>
    public string? ListFolder { get; }

    /// <inheritdoc cref="CatalogReader.CategoriesAsync"/>
    public IReadOnlyList<CategorySummary> Categories { get; }

    public int PaperCount => places.Count;

    /// <summary>True when list rows come from memory (<see cref="MaxRows"/>).</summary>
    public bool HasRows => rows is not null;

    /// <summary>The ids of the category named by <paramref name="slug"/> and of every section under it; null for no category, empty for an unknown slug.</summary>
    public List<int>? SubtreeIds(string? slug) =>
        slug is null ? null : bySlug.TryGetValue(slug, out var root) ? SubtreeOf(root) : [];

    /// <summary>Years with papers, newest first, in the category's sub-tree (every paper for null).</summary>
    public IReadOnlyList<YearCount> Years(string? slug) =>
        slug is null ? allYears : bySlug.TryGetValue(slug, out var c) ? yearsBySubtree[c.Id] : [];

    /// <summary>The category and the categories above it, from the top; empty for an unknown one.</summary>
    public IReadOnlyList<CategoryRef> PathOf(int categoryId)
    {
        var path = new List<CategoryRef>();
        for (int? c = categoryId; c is { } id && byId.TryGetValue(id, out var cat) && path.Count < 16; c = cat.ParentId)
            path.Insert(0, new CategoryRef(cat.Slug, cat.Name));
        return path;
    }

    /// <summary>True when a live paper refers to this file beside the list (normalized, <see cref="ListFiles.Normalize"/>), as a figure or a link.</summary>
    public bool RefersTo(string normalizedPath) => listFiles.Contains(normalizedPath);

    /// <summary>How many papers match, and the ids of those from <paramref name="skip"/> on, in list order.</summary>
    internal (int Total, List<int> Ids) Slice(List<int>? categoryIds, int? year, long skip, int take)
    {
        var inTree = categoryIds?.ToHashSet();
        var total = 0;
        var ids = new List<int>(Math.Min(take, places.Count));
        foreach (var p in places)
        {
            if (inTree is not null && !inTree.Contains(p.CategoryId)) continue;
            if (year is not null && p.Year != year) continue;
            if (total >= skip && ids.Count < take) ids.Add(p.Id);
            total++;
        }
        return (total, ids);
    }

    /// <summary>The newest <paramref name="count"/> ids; null when more are asked than kept.</summary>
    internal IReadOnlyList<int>? Newest(int count) =>
        count <= NewestKept || newest.Count < NewestKept ? newest.Take(count).ToList() : null;

    /// <summary>The rows of these papers in the given order; null without <see cref="HasRows"/>.</summary>
    internal IReadOnlyList<PaperSummary>? Rows(IEnumerable<int> ids) =>
        rows is null ? null : [.. ids.Where(rows.ContainsKey).Select(id => rows[id])];

    private List<int> SubtreeOf(CategorySummary root) =>
        CategoryTree.WithDescendants(Categories.Select(c => (c.Id, c.ParentId)), [root.Id]);

    private static List<YearCount> YearsOf(IEnumerable<PaperPlace> papers) =>
        [.. papers.Where(p => p.Year is not null).GroupBy(p => p.Year!.Value).OrderByDescending(g => g.Key).Select(g => new YearCount(g.Key, g.Count()))];
}

/// <summary>Where a live paper stands: its category and year, in list order.</summary>
internal sealed record PaperPlace(int Id, int CategoryId, int? Year);

/// <summary>The newest change log entry and the newest import: any logged change to the catalog moves one of them (ADR-011).</summary>
public sealed record CatalogStamp(long Change, int Import);
