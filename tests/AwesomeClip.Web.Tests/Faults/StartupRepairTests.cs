using System.Net;
using AwesomeClip.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AwesomeClip.Web.Tests.Faults;

public sealed class StartupRepairTests
{
    [Fact]
    public async Task ShouldRemoveAMigrationLockLeftByACrashedProcessAndSayItInTheLog()
    {
        string dataDirectory;
        using (var first = new AppFactory())
        {
            first.CreateClient().Dispose();
            dataDirectory = first.DataDirectory;
            // What a process killed while migrating leaves: EF Core's lock row (EF would wait for it forever).
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "catalog.db")};Pooling=False");
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-01-01 10:00:00+00:00')";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);

            var log = new LogCapture();
            using var second = new AppFactory(dataDirectory).WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
            // Without the repair, starting the app waits for the lock forever: guard against the hang.
            using var client = await Task.Run(second.CreateClient).WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

            var response = await client.GetAsync(new Uri("/api/papers", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(log.Lines, l => l.StartsWith("Warning AwesomeClip.Core.Storage.CatalogDatabase: Removed a stale migration lock taken at 2026-01-01 10:00:00Z", StringComparison.Ordinal));
        }
    }
}
