using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Reading;

namespace AwesomeClip.Web.Discovery;

/// <summary>One public page in the sitemap: its path relative to the site, and when it last changed where that is known.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified);

/// <summary>Every public page of the catalog, in parts of at most <see cref="PartSize"/> URLs.</summary>
public sealed class Sitemap(IReadOnlyList<SitemapEntry> entries, DateTime? lastModified)
{
    /// <summary>The sitemap protocol's limit of URLs in one file.</summary>
    public const int PartSize = 50_000;

    public IReadOnlyList<SitemapEntry> Entries => entries;

    public DateTime? LastModified => lastModified;

    public int Parts => Math.Max(1, (entries.Count + PartSize - 1) / PartSize);

    public IEnumerable<SitemapEntry> Part(int number) => entries.Skip((number - 1) * PartSize).Take(PartSize);

    public static Sitemap Of(IReadOnlyList<CategorySummary> categories, IReadOnlyList<PaperStamp> papers)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(papers);
        var newest = papers.Count == 0 ? (DateTime?)null : papers.Max(p => p.UpdatedAt);
        var entries = new List<SitemapEntry> { new("", newest) };
        entries.AddRange(Pages(null, null, papers));
        // A category's page shows its sub-sections' papers too: each paper counts for its category and every one above it.
        var byId = categories.ToDictionary(c => c.Id);
        var under = papers.SelectMany(p => Ancestors(byId, p.CategoryId).Select(c => (Category: c, Paper: p))).ToLookup(u => u.Category.Id, u => u.Paper);
        foreach (var category in categories)
        {
            var own = under[category.Id].ToList();
            if (own.Count == 0) continue;
            entries.AddRange(Pages(category.Slug, null, own));
            entries.AddRange(own.Where(p => p.Year is not null).GroupBy(p => p.Year!.Value).OrderByDescending(g => g.Key)
                .SelectMany(g => Pages(category.Slug, g.Key, [.. g])));
        }
        entries.AddRange(papers.Where(p => p.Year is not null).GroupBy(p => p.Year!.Value).OrderByDescending(g => g.Key)
            .SelectMany(g => Pages(null, g.Key, [.. g])));
        entries.AddRange(papers.Select(p => new SitemapEntry(Links.Paper(p.Id).TrimStart('/'), p.UpdatedAt)));
        return new Sitemap(entries, newest);
    }

    /// <summary>Every page of a list of papers (one page, or one per <see cref="Links.ListPageSize"/> papers).</summary>
    private static IEnumerable<SitemapEntry> Pages(string? category, int? year, IReadOnlyList<PaperStamp> papers)
    {
        var changed = papers.Count == 0 ? (DateTime?)null : papers.Max(p => p.UpdatedAt);
        var pages = Math.Max(1, (papers.Count + Links.ListPageSize - 1) / Links.ListPageSize);
        for (var page = 1; page <= pages; page++) yield return new SitemapEntry(Links.Papers(category, year, page).TrimStart('/'), changed);
    }

    private static IEnumerable<CategorySummary> Ancestors(Dictionary<int, CategorySummary> byId, int categoryId)
    {
        // Bounded: a corrupt tree with a cycle must not hang the sitemap.
        for (var (id, steps) = ((int?)categoryId, 0); id is { } current && byId.TryGetValue(current, out var c) && steps < 64; id = c.ParentId, steps++)
            yield return c;
    }
}
