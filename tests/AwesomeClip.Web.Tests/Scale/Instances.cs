using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Web.Tests.Scale;

/// <summary>Several in-process app instances over one database, each with its own search index.</summary>
internal static class Instances
{
    /// <param name="ownsDataDirectory">False for an instance disposed before another that still uses the folder.</param>
    public static AppFactory Sqlite(string sharedDataDirectory, string name, bool ownsDataDirectory = true) => new()
    {
        DataDirectory = sharedDataDirectory,
        DeleteDataDirectory = ownsDataDirectory,
        Settings = { ["Storage:IndexDirectory"] = Path.Combine(sharedDataDirectory, $"index-{name}"), ["ChangeLog:PollInterval"] = "00:00:00.200" },
    };

    public static AppFactory PostgreSql(string connectionString) => new()
    {
        Settings = { ["Storage:Provider"] = "PostgreSql", ["ConnectionStrings:Catalog"] = connectionString },
    };

    /// <summary>Starts the instance and waits until /health/ready says its index is open and following the log.</summary>
    public static async Task<HttpClient> StartAsync(AppFactory factory)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync("/health/ready");
            if (response.StatusCode == HttpStatusCode.OK) return client;
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                throw new TimeoutException($"Instance not ready after 60 s: {await response.Content.ReadAsStringAsync()}");
            await Task.Delay(100);
        }
    }

    /// <summary>Renames the first paper through the instance's own EF context (the path every editor takes) and returns its id.</summary>
    public static async Task<int> RenameFirstPaperAsync(AppFactory factory, string word)
    {
        await using var db = factory.CreateDbContext();
        var paper = await db.Papers.OrderBy(p => p.Id).FirstAsync();
        paper.Title = $"{paper.Title} {word}";
        paper.Version++;
        paper.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
        return paper.Id;
    }

    public static async Task<int> SearchTotalAsync(HttpClient client, string query)
    {
        using var json = await client.GetFromJsonAsync<JsonDocument>($"/api/search?q={Uri.EscapeDataString(query)}");
        return json!.RootElement.GetProperty("total").GetInt32();
    }

    /// <summary>How long until a search on <paramref name="client"/> finds <paramref name="query"/> (throws after <paramref name="limit"/>).</summary>
    public static async Task<TimeSpan> TimeUntilFoundAsync(HttpClient client, string query, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (await SearchTotalAsync(client, query) == 0)
        {
            if (watch.Elapsed > limit) throw new TimeoutException($"'{query}' was not searchable after {watch.Elapsed.TotalMilliseconds:0} ms.");
            await Task.Delay(25);
        }
        return watch.Elapsed;
    }
}
