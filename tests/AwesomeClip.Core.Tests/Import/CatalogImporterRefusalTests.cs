using System.Text;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AwesomeClip.Core.Tests.Import;

public abstract class CatalogImporterRefusalTests(TestProvider provider)
{
    // The bytes are made inside the test: theory data is serialised for discovery, and 8 MB of it filled the test host.
    private static readonly Dictionary<string, Func<byte[]>> Files = new()
    {
        ["empty.md"] = () => [],
        ["blank.md"] = () => "  \n\n\t\n"u8.ToArray(),
        ["latin1.md"] = () => Encoding.Latin1.GetBytes("## Détection\n| Title | Abstract |\n|--|--|\n|2023|\n| **é** | à |\n"),
        ["binary.md"] = () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
        ["prose.md"] = () => "# Notes\n\nJust some text, no tables.\n"u8.ToArray(),
        ["other-table.md"] = () => "## A\n\n| Name | Role |\n|---|---|\n| x | y |\n"u8.ToArray(),
        ["empty-table.md"] = () => "## Train\n\n| Title | Abstract | Intro | Useful Links |\n|:----| :---:| :----: | :---:|\n"u8.ToArray(),
        ["huge.md"] = () => new byte[ListDecoder.MaxBytes + 1],
    };

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty.md", "is empty" },
        { "blank.md", "is empty" },
        { "latin1.md", "is not UTF-8" },
        { "binary.md", "NUL bytes" },
        { "prose.md", "holds no entries" },
        { "other-table.md", "holds no entries" },
        { "empty-table.md", "holds no entries" },
        { "huge.md", "must be at most 8 MB" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ShouldRefuseFilesThatCannotBeAListAndLeaveTheCatalogAsItWas(string name, string message)
    {
        var bytes = Files[name]();
        await using var database = await TestDatabase.CreateAsync(provider);
        var importer = Importers.For(database);
        await importer.ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        var before = await SnapshotAsync(database);

        var e = await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ImportAsync(name, bytes, TestContext.Current.CancellationToken));

        Assert.Contains(name, e.Message);
        Assert.Contains(message, e.Message);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public async Task ShouldRefuseAMissingFile()
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var e = await Assert.ThrowsAsync<ImportRefusedException>(() => Importers.For(database).ImportFileAsync("/no/such/list.md", TestContext.Current.CancellationToken));

        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public async Task ShouldRollBackEverythingWhenTheImportFailsHalfway()
    {
        var failing = new FailAfterSave();
        await using var database = await TestDatabase.CreateAsync(provider, failing);
        var importer = Importers.For(database);
        failing.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => importer.ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken));

        Assert.Equal("0 papers, 0 categories, 0 links, 0 documents", await SnapshotAsync(database));
        failing.Armed = false;
        var report = await importer.ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        Assert.True(report.Papers > 0);
        Assert.Equal(report.Papers, report.Added); // nothing of the failed attempt was left to count as unchanged
        Assert.Equal($"{report.Papers} papers, {report.Categories} categories, {report.Links} links, 1 documents", await SnapshotAsync(database));
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        return $"{await db.Papers.CountAsync()} papers, {await db.Categories.CountAsync()} categories, {await db.PaperLinks.CountAsync()} links, {await db.SourceDocuments.CountAsync()} documents";
    }

    /// <summary>Fails after the rows were written but before the transaction commits, like a crash mid-import.</summary>
    private sealed class FailAfterSave : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            Armed ? throw new InvalidOperationException("simulated crash after writing") : ValueTask.FromResult(result);
    }
}

public sealed class CatalogImporterRefusalTestsOnSqlite() : CatalogImporterRefusalTests(TestProvider.Sqlite);

public sealed class CatalogImporterRefusalTestsOnPostgreSql() : CatalogImporterRefusalTests(TestProviders.PostgreSqlOrSkip());
