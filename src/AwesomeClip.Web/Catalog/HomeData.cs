using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Web.Catalog;

/// <summary>
/// What the home page shows. Loaded by the page, and once during start-up (<see cref="Startup.AppStartup"/>) so the
/// first visitor does not wait for these queries to be compiled.
/// </summary>
public sealed record HomeData(IReadOnlyList<CategorySummary> Categories, IReadOnlyList<YearCount> Years, IReadOnlyList<PaperSummary> Newest)
{
    public const int NewestCount = 8;

    public static HomeData Empty { get; } = new([], [], []);

    public SiteIdentity Site { get; init; } = SiteIdentity.Default;

    public int PaperCount => Categories.Sum(c => c.Count);

    /// <summary>The categories at the top of the tree (their cards count the papers under them).</summary>
    public IEnumerable<CategorySummary> TopCategories => Categories.Where(c => c.Depth == 0);

    public static async Task<HomeData> LoadAsync(CatalogReader reader, CancellationToken ct = default) =>
        new(await reader.CategoriesAsync(ct), await reader.YearsAsync(null, ct), await reader.NewestAsync(NewestCount, ct))
        {
            Site = await reader.SiteAsync(ct),
        };
}
