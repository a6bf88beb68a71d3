using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.TestSupport;

/// <summary>
/// What the app's catalog holds, read from its database (the trash left out, as everywhere): a test of a page or an
/// endpoint expects these rather than the shipped list's counts (ADR-029).
/// </summary>
public static class CatalogCounts
{
    /// <summary>The papers of the catalog, or of the category with <paramref name="categorySlug"/>.</summary>
    public static async Task<int> PapersAsync(this AppFactory factory, string? categorySlug = null)
    {
        await using var db = factory.CreateDbContext();
        return await db.Papers.CountAsync(p => categorySlug == null || p.Category.Slug == categorySlug);
    }

    /// <summary>Every paper's id, in id order.</summary>
    public static async Task<List<int>> PaperIdsAsync(this AppFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.Papers.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
    }

    /// <summary>Every category in list order, with how many papers it holds itself.</summary>
    public static async Task<List<(string Slug, int Papers)>> CategoriesAsync(this AppFactory factory)
    {
        await using var db = factory.CreateDbContext();
        var categories = await db.Categories.OrderBy(c => c.Order).Select(c => new { c.Slug, Papers = c.Papers.Count }).ToListAsync();
        return categories.Select(c => (c.Slug, c.Papers)).ToList();
    }

    /// <summary>The first and the last year of the papers.</summary>
    public static async Task<(int First, int Last)> YearsAsync(this AppFactory factory)
    {
        await using var db = factory.CreateDbContext();
        var years = db.Papers.Where(p => p.Year != null).Select(p => p.Year!.Value);
        return (await years.MinAsync(), await years.MaxAsync());
    }
}
