using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>
/// A small catalog saved through the real DbContext: categories in list order, each with its papers (see
/// <see cref="PaperBuilder"/>). For tests about a behaviour, so that what they expect follows from their own data
/// rather than from what the shipped list counts to (ADR-029).
/// <code>
/// var catalog = await new CatalogBuilder()
///     .WithCategory("Train", new PaperBuilder().WithTitle("Kept"), new PaperBuilder().WithTitle("Trashed"))
///     .WithCategory("Video")
///     .SeedAsync(database);
/// </code>
/// </summary>
public sealed class CatalogBuilder
{
    private readonly List<(string Name, PaperBuilder[] Papers)> categories = [];

    public CatalogBuilder WithCategory(string name, params PaperBuilder[] papers)
    {
        categories.Add((name, papers));
        return this;
    }

    /// <summary>How many papers the catalog holds once seeded.</summary>
    public int PaperCount => categories.Sum(c => c.Papers.Length);

    /// <summary>Saves the categories and papers into <paramref name="database"/>; returns them with their ids.</summary>
    public async Task<SeededCatalog> SeedAsync(TestDatabase database)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var built = categories.Select((c, order) => new Category { Name = c.Name, Slug = Slug.Unique(c.Name, null, slugs), Order = order }).ToList();
        var papers = built.Zip(categories, (category, c) => c.Papers.Select((p, position) => p.Build(category, position))).SelectMany(p => p).ToList();
        await using var db = database.CreateDbContext();
        db.Categories.AddRange(built);
        db.Papers.AddRange(papers);
        await db.SaveChangesAsync();
        return new SeededCatalog(built, papers);
    }
}

/// <summary>What <see cref="CatalogBuilder.SeedAsync"/> saved, in the builder's order (detached; the ids are the database's).</summary>
public sealed record SeededCatalog(IReadOnlyList<Category> Categories, IReadOnlyList<Paper> Papers)
{
    public Paper Paper(string title) => Papers.Single(p => p.Title == title);
}
