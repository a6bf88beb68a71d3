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

    public static BenchPage Api => new("search API", "/api/search?q=" + Uri.EscapeDataString(SearchQuery), false);

    private static async Task<int> FirstHitAsync(HttpClient client, string query)
    {
        var json = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(query));
        return json.GetProperty("hits")[0].GetProperty("id").GetInt32();
    }
}
