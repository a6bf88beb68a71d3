using System.Net;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Storage;
using AwesomeClip.Web.Caching;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace AwesomeClip.Web.Tests.Faults;

/// <summary>
/// The database stops under a running instance: the catalog pages rendered before are still served (stale-if-error),
/// what cannot be served is a 503 with Retry-After, not a 500; and everything is fresh again once the database is back.
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task ShouldServeTheLastGoodPagesAnd503WhileSqliteIsUnreachable()
    {
        var database = new UnreachableDatabase();
        using var root = new AppFactory();
        using var app = root.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<SqliteCatalogDbContext>(o => o.AddInterceptors(database))));

        await AssertOutageAsync(app, () => database.Armed = true, () => database.Armed = false);
    }

    [PostgreSqlFact]
    public async Task ShouldServeTheLastGoodPagesAnd503WhilePostgreSqlIsUnreachable()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        try
        {
            using var app = Scale.Instances.PostgreSql(connectionString);
            await AssertOutageAsync(app,
                () => AdminSqlAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid();").GetAwaiter().GetResult(),
                () => AdminSqlAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true;").GetAwaiter().GetResult());
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task AssertOutageAsync(WebApplicationFactory<Program> app, Action stop, Action start)
    {
        var client = SignIn.AnonymousClient(app);
        int[] ids = [.. (await app.Services.GetRequiredService<AdminCatalog>().PapersAsync(new AdminPaperQuery(PageSize: 3))).Items.Select(p => p.Id)];
        string[] pages = ["/", "/papers?category=train", $"/papers/{ids[0]}"];
        var good = new Dictionary<string, string>();
        foreach (var page in pages)
        {
            await client.GetAsync(page); // the first answer sets the antiforgery cookie, and a page with a cookie is not kept
            var response = await client.GetAsync(page);
            Assert.Contains("stale-if-error=86400", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            good[page] = await response.Content.ReadAsStringAsync();
        }
        // Past the output cache's 30 s and the catalog snapshot's check interval (ADR-038): the next requests render and
        // ask the database.
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CatalogPageCache.Tag, default);
        await app.Services.GetRequiredService<CatalogReader>().PapersChangedAsync([], default);

        stop();
        try
        {
            foreach (var page in pages)
            {
                var response = await client.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
                Assert.Equal(good[page], await response.Content.ReadAsStringAsync());
                Assert.True(response.Headers.Contains("X-Stale"), page);
                Assert.NotNull(response.Headers.Age);
            }
            foreach (var uncached in new[] { $"/papers/{ids[1]}", "/api/papers", $"/api/papers/{ids[2]}", "/feed.atom" })
            {
                var response = await client.GetAsync(uncached);
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{uncached}: {(int)response.StatusCode}");
                Assert.Equal(TimeSpan.FromSeconds(DatabaseOutage.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
            }
        }
        finally
        {
            start();
        }

        var back = await client.GetAsync($"/papers/{ids[1]}");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.False((await client.GetAsync("/")).Headers.Contains("X-Stale"));
    }

    private static async Task AdminSqlAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(TestPostgres.ConnectionString!) { Database = "postgres" }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
        NpgsqlConnection.ClearAllPools();
    }
}
