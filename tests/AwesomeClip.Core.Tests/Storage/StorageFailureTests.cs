using AwesomeClip.Core.Import;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Storage;

public sealed class StorageFailureTests
{
    [Theory]
    [InlineData(13, "the disk is full")]
    [InlineData(8, "the catalog database is read-only")]
    [InlineData(10, "the disk reported an I/O error")]
    public async Task ShouldSayWhatTheDiskDidAndKeepThePreviousCatalogWhenAWriteFails(int sqliteErrorCode, string reason)
    {
        var disk = new FailingWrites(sqliteErrorCode);
        await using var database = await TestDatabase.CreateAsync(disk);
        var importer = Importers.For(database);
        await importer.ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        var before = await SnapshotAsync(database);
        disk.Armed = true;

        var e = await Assert.ThrowsAsync<StorageFailureException>(() => importer.ImportAsync("edited.md", EditedRealList(), TestContext.Current.CancellationToken));

        Assert.Equal($"Importing edited.md failed: {reason}", e.Message[..$"Importing edited.md failed: {reason}".Length]);
        Assert.EndsWith("The catalog was not changed.", e.Message, StringComparison.Ordinal);
        Assert.True(disk.Failures > 0);
        Assert.Equal(before, await SnapshotAsync(database));

        disk.Armed = false;
        var report = await importer.ImportAsync("edited.md", EditedRealList(), TestContext.Current.CancellationToken);
        Assert.Equal(1, report.Updated);
    }

    [Fact]
    public async Task ShouldLetOtherDatabaseErrorsThroughUntranslated()
    {
        var disk = new FailingWrites(sqliteErrorCode: 1);
        await using var database = await TestDatabase.CreateAsync(disk);
        disk.Armed = true;

        var e = await Assert.ThrowsAnyAsync<Exception>(() => Importers.For(database).ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken));

        Assert.IsNotType<StorageFailureException>(e);
        Assert.Null(StorageFailure.Describe(e));
    }

    public static TheoryData<Exception, string?> Failures => new()
    {
        { new DbUpdateException("wrapped", new SqliteException("full", 13)), "the disk is full" },
        { new SqliteException("read-only", 8), "read-only" },
        { new SqliteException("cannot open", 14), "cannot be opened" },
        { new IOException("No space left on device", 28), "the disk is full" },
        { new IOException("Disk full", unchecked((int)0x80070070)), "the disk is full" },
        { new UnauthorizedAccessException("denied"), "not writable" },
        { new SqliteException("constraint", 19), null },
        { new IOException("other"), null },
        { new InvalidOperationException("bug"), null },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void ShouldRecognizeOnlyFailuresOfTheDisk(Exception exception, string? reason)
    {
        var described = StorageFailure.Describe(exception);

        if (reason is null) Assert.Null(described);
        else Assert.Contains(reason, described);
    }

    private static byte[] EditedRealList() =>
        System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(Repo.RealList).Replace("**CLIPA: An Inverse Scaling Law for CLIP Training**", "**CLIPA: An Inverse Scaling Law for CLIP Training (edited)**", StringComparison.Ordinal));

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var papers = await db.Papers.OrderBy(p => p.Id).Select(p => p.Id + ":" + p.Title + ":" + p.Version).ToListAsync();
        return $"{await db.SourceDocuments.CountAsync()} documents, {await db.PaperRevisions.CountAsync()} revisions\n" + string.Join('\n', papers);
    }
}
