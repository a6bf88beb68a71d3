using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export;

/// <summary>What a reader sees of a catalog, one line per category and paper, to compare two catalogs.</summary>
public static class CatalogSnapshot
{
    public static async Task<List<string>> OfAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var categories = await db.Categories.AsNoTrackingWithIdentityResolution()
            .Include(c => c.Papers.Where(p => p.DeletedAt == null)).ThenInclude(p => p.Links)
            .Include(c => c.Papers.Where(p => p.DeletedAt == null)).ThenInclude(p => p.Figures)
            .AsSplitQuery().OrderBy(c => c.Order).ToListAsync();
        return Of(categories);
    }

    public static List<string> Of(IEnumerable<Category> categories)
    {
        var lines = new List<string>();
        foreach (var category in categories.OrderBy(c => c.Order))
        {
            var path = category.Name;
            for (var parent = category.Parent; parent is not null; parent = parent.Parent) path = parent.Name + " / " + path;
            lines.Add($"## {path}");
            foreach (var p in category.Papers.Where(p => p.DeletedAt is null).OrderBy(p => p.Year).ThenBy(p => p.Position))
            {
                var links = string.Join(" ", p.Links.OrderBy(l => l.Position).Select(l => $"{l.Kind}:{l.Label}={l.Url}"));
                var figures = string.Join(" ", p.Figures.OrderBy(f => f.Position).Select(f => f.Path));
                var extras = string.Join(" ", p.Extras.Select(e => $"{e.Label}={e.Text}"));
                lines.Add($"{p.Year}-{p.Month}-{p.Day} | {p.Title} | {p.Url} | {p.Authors} | {p.Venue} | {p.Abstract} | {p.Commentary} | {p.GithubRepo} | {p.ArxivId} | {links} | {figures} | {extras}");
            }
        }
        return lines;
    }
}
