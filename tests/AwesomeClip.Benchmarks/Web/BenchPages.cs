using System.Net.Http.Json;
using System.Text.Json;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>The pages the web benchmarks request: home, a category, a paper, the search page and the search API.</summary>
internal sealed record BenchPage(string Name, string Path, bool StaticRendered)
{
    public const string SearchQuery = "CLIP 蒸馏";

    public static async Task<IReadOnlyList<BenchPage>> ForAsync(HttpClient client)
    {
        var paperId = await FirstHitAsync(client, "CLIP-KD");
        return
        [
            new("home", "/", true),
            new("category", "/papers?category=segmentation", true),
            new("paper", $"/papers/{paperId}", true),
            new("search page", "/search?q=" + Uri.EscapeDataString(SearchQuery), false),
        ];
    }

    public const string LargeSearchQuery = "video diffusion";

    /// <summary>The large list's biggest group (Papers › Vision, 2,303 papers beneath) and its biggest sub-category.</summary>
    public const string LargeCategory = "vision";
    public const string LargeSubCategory = "multi-modal-learning";

    /// <summary>The same kinds of page for the diffusion-models catalog: a group and a nested sub-category for the category page.</summary>
    public static async Task<IReadOnlyList<BenchPage>> ForLargeAsync(HttpClient client)
    {
        var categories = await client.GetFromJsonAsync<JsonElement>("/api/categories");
        foreach (var slug in new[] { LargeCategory, LargeSubCategory })
        {
            if (!categories.EnumerateArray().Any(c => c.GetProperty("slug").GetString() == slug))
                throw new InvalidOperationException($"The large list has no category '{slug}' (has the list changed?)");
        }
        var paperId = await FirstHitAsync(client, "Denoising Diffusion Probabilistic Models");
        return
        [
            new("home", "/", true),
            new("category (group)", "/papers?category=" + LargeCategory, true),
            new("sub-category", "/papers?category=" + LargeSubCategory, true),
            new("paper", $"/papers/{paperId}", true),
            new("search page", "/search?q=" + Uri.EscapeDataString(LargeSearchQuery), false),
        ];
    }

    public static BenchPage Api => new("search API", "/api/search?q=" + Uri.EscapeDataString(SearchQuery), false);

    private static async Task<int> FirstHitAsync(HttpClient client, string query)
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));
        return json.GetProperty("hits")[0].GetProperty("id").GetInt32();
    }
}
