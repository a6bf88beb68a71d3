using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.Export;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>A list imported into a fresh SQLite catalog, to edit the way the app does and export again.</summary>
public sealed class ImportedList : IAsyncDisposable
{
    private ImportedList(TestDatabase database, string original)
    {
        Database = database;
        Original = original;
    }

    public TestDatabase Database { get; }

    public string Original { get; }

    public static async Task<ImportedList> OfAsync(string markdown)
    {
        var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportAsync("list.md", ListExport.Encoding.GetBytes(markdown));
        return new ImportedList(database, markdown);
    }

    public async Task<string> ExportAsync()
    {
        var export = await new ListExporter(Database).ExportAsync();
        return export.Markdown;
    }

    public Task<ImportReport> ImportAsync(string markdown) => Importers.For(Database).ImportAsync("list.md", ListExport.Encoding.GetBytes(markdown));

    /// <summary>Changes one paper (found by its title) and saves it, as an editor's save would.</summary>
    public async Task<Paper> EditAsync(string title, Action<Paper> edit)
    {
        await using var db = Database.CreateDbContext();
        var paper = await db.Papers.Include(p => p.Links).Include(p => p.Figures).AsSplitQuery().SingleAsync(p => p.Title == title);
        edit(paper);
        paper.ArxivId = ArxivId.FromLinks(paper.Url, paper.Links.Select(l => l.Url));
        paper.UpdatedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
        return paper;
    }

    public async Task AddAsync(string categoryName, Paper paper)
    {
        await using var db = Database.CreateDbContext();
        paper.CategoryId = (await db.Categories.SingleAsync(c => c.Name == categoryName)).Id;
        paper.ArxivId ??= ArxivId.FromLinks(paper.Url, paper.Links.Select(l => l.Url));
        db.Papers.Add(paper);
        await db.SaveChangesAsync();
    }

    public async Task RenameAsync(string categoryName, string newName)
    {
        await using var db = Database.CreateDbContext();
        var category = await db.Categories.SingleAsync(c => c.Name == categoryName);
        category.Name = newName;
        await db.SaveChangesAsync();
    }

    public async Task<T> InDbAsync<T>(Func<CatalogDbContext, Task<T>> query)
    {
        await using var db = Database.CreateDbContext();
        return await query(db);
    }

    public Task<int> CountAsync() => InDbAsync(db => db.Papers.CountAsync());

    public Task<List<string>> SnapshotAsync() => CatalogSnapshot.OfAsync(Database);

    /// <summary>The export imported into a fresh catalog holds what this one holds, and exports to the same text.</summary>
    public async Task AssertReadsBackAsync(string export)
    {
        await using var again = await OfAsync(export);
        var (expected, actual) = (await SnapshotAsync(), await again.SnapshotAsync());
        Assert.True(expected.SequenceEqual(actual),
            $"The export reads back differently.\nExpected:\n{string.Join('\n', expected)}\nRead back:\n{string.Join('\n', actual)}\nExport:\n{export}");
        Assert.Equal(export, await again.ExportAsync());
    }

    public async Task<List<string>> TitlesAfterReimportAsync(string export)
    {
        await using var again = await OfAsync(export);
        return await again.InDbAsync(db => db.Papers.Select(p => p.Title).ToListAsync());
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
