using System.Net;
using System.Text.Json;
using AwesomeClip.Web.Tests.TestSupport;

namespace AwesomeClip.Web.Tests.Scale;

public sealed class HealthTests
{
    [Fact]
    public async Task ShouldAnswerLiveAndReadyWithJsonWhenTheAppIsUp()
    {
        using var app = new AppFactory();
        var client = await Instances.StartAsync(app);

        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("application/json; charset=utf-8", ready.Content.Headers.ContentType?.ToString());
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToList();
        Assert.Equal(["database", "search"], checks);
        Assert.False((await client.PostAsync("/health/ready", null, TestContext.Current.CancellationToken)).IsSuccessStatusCode, "health endpoints answer GET only");
    }

    [Fact]
    public async Task ShouldBeLiveButNotReadyWhenTheDatabaseIsGone()
    {
        using var app = new AppFactory();
        var client = await Instances.StartAsync(app);

        File.Delete(Path.Combine(app.DataDirectory, "catalog.db"));
        var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"Unhealthy\"", body, StringComparison.Ordinal);
        Assert.Contains("does not exist", body, StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task ShouldNotBeReadyWhenPostgreSqlCannotBeReached()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            using var app = Instances.PostgreSql(database);
            var client = await Instances.StartAsync(app);
            await TestPostgres.DropDatabaseAsync(database);

            var ready = await client.GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("database", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }
}
