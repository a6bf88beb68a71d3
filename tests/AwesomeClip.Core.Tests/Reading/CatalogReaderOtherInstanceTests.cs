using AwesomeClip.Core.Import;
using AwesomeClip.Core.Reading;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AwesomeClip.Core.Tests.Reading;

/// <summary>
/// Another instance's edit reaches this process only through the database: the reader sees it once
/// <see cref="CatalogReader.RereadAfter"/> has passed since its last check, or at once when a listener is told (the
/// change log follower tells it).
/// </summary>
public sealed class CatalogReaderOtherInstanceTests : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "awesomeclip-instances-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
    private FileFactory factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string ConnectionString => $"Data Source={Path.Combine(folder, "catalog.db")};Foreign Keys=True;Pooling=False";

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        factory = new FileFactory(ConnectionString);
        await using (var db = factory.CreateDbContext()) await db.Database.MigrateAsync(Ct);
        await new CatalogImporter(factory, [], TimeProvider.System, NullLogger<CatalogImporter>.Instance)
            .ImportAsync("base.md", await File.ReadAllBytesAsync(Repo.Fixture("base.md"), Ct), Ct);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task ShouldSeeAnEditMadeOutsideThisProcessWithinTheInterval()
    {
        var reader = new CatalogReader(factory, clock);
        var paper = (await reader.PapersAsync(null, null, Ct))[0];

        await EditElsewhereAsync(paper.Id, "Edited By Another Instance");
        // Earlier, the edit shows only if a write of this process (another test's) made the reader check.
        clock.Advance(CatalogReader.RereadAfter);

        Assert.Equal("Edited By Another Instance", (await reader.PapersAsync(null, null, Ct))[0].Title);
    }

    [Fact]
    public async Task ShouldSeeAnEditMadeOutsideThisProcessAtOnceWhenTold()
    {
        var reader = new CatalogReader(new FileFactory(ConnectionString), clock);
        var paper = (await reader.PapersAsync(null, null, Ct))[0];

        await EditElsewhereAsync(paper.Id, "Followed From The Change Log");
        await reader.PapersChangedAsync([paper.Id], Ct);

        Assert.Equal("Followed From The Change Log", (await reader.PapersAsync(null, null, Ct))[0].Title);
    }

    /// <summary>What another instance's save leaves in the database, written past this process's EF Core.</summary>
    private async Task EditElsewhereAsync(int paperId, string title)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE "Papers" SET "Title" = $title WHERE "Id" = $id;
            INSERT INTO "CatalogChanges" ("At", "PaperIds") VALUES ($at, $id);
            """;
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$id", paperId);
        command.Parameters.AddWithValue("$at", DateTime.UtcNow);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private sealed class FileFactory(string connectionString) : IDbContextFactory<CatalogDbContext>
    {
        public CatalogDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<SqliteCatalogDbContext>();
            SqliteCatalogDbContext.Configure(options, connectionString);
            return new SqliteCatalogDbContext(options.Options);
        }
    }
}
