using System.Diagnostics;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Search;
using AwesomeClip.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Benchmarks;

/// <summary>
/// A catalog in an SQLite file with both engines over it: the Lucene index (SimpleFSDirectory, as in production) and
/// the FTS5 trigram table. The synthetic corpus is built once and cached in the scratch folder.
/// </summary>
internal sealed class Corpus : IDisposable
{
    public const int SyntheticSize = 100_000;

    private Corpus(string name, int papers, SearchIndex index, Fts5Search fts)
    {
        Name = name;
        Papers = papers;
        Index = index;
        Search = new CatalogSearch(index, NullLogger<CatalogSearch>.Instance);
        Fts = fts;
    }

    public string Name { get; }

    public int Papers { get; }

    public SearchIndex Index { get; }

    public CatalogSearch Search { get; }

    public Fts5Search Fts { get; }

    /// <summary>real: the shipped list; large: the diffusion-models list (needs shared/, see <see cref="BenchList.Large"/>); 100k: synthetic.</summary>
    public static Task<Corpus> OpenAsync(string name) => name switch
    {
        "real" => OpenAsync("real", BenchList.Real.Path, 0, rebuild: true),
        "large" => OpenAsync("large", (BenchList.Large ?? throw new InvalidOperationException(BenchList.LargeMissing)).Path, 0, rebuild: true),
        "100k" => OpenAsync($"synthetic-{SyntheticSize}-v1", BenchList.Real.Path, SyntheticSize, rebuild: false),
        _ => throw new ArgumentException("corpus is 'real', 'large' or '100k'", nameof(name)),
    };

    /// <summary>The catalog's database file (for the reports that pick categories from it).</summary>
    public string DatabasePath { get; private init; } = "";

    private static async Task<Corpus> OpenAsync(string name, string listPath, int size, bool rebuild)
    {
        var dbPath = Path.Combine(BenchPaths.Scratch, name + ".db");
        var indexPath = Path.Combine(BenchPaths.Scratch, name + "-index");
        if (rebuild) Delete(dbPath, indexPath);
        if (!File.Exists(dbPath))
        {
            var building = dbPath + ".building";
            Delete(building, indexPath);
            await CreateAsync(building, listPath, size);
            File.Move(building, dbPath);
        }
        var factory = new FileDbContextFactory(dbPath);
        var watch = Stopwatch.StartNew();
        var index = new SearchIndex(factory, new FileSearchDirectory(indexPath), NullLogger<SearchIndex>.Instance);
        await index.EnsureReadyAsync();
        await using var db = factory.CreateDbContext();
        var papers = await db.Papers.CountAsync(p => p.DeletedAt == null);
        Console.Error.WriteLine($"[{name}] {papers} papers, index ready in {watch.ElapsedMilliseconds} ms");
        return new Corpus(name, papers, index, new Fts5Search(factory.ConnectionString)) { DatabasePath = dbPath };
    }

    private static async Task CreateAsync(string dbPath, string listPath, int size)
    {
        var watch = Stopwatch.StartNew();
        var factory = new FileDbContextFactory(dbPath);
        await using (var db = factory.CreateDbContext()) await CatalogDatabase.MigrateAsync(db);
        await new CatalogImporter(factory, [], TimeProvider.System, NullLogger<CatalogImporter>.Instance).ImportFileAsync(listPath);
        if (size > 0) await AddSyntheticAsync(factory, size);
        using (var connection = new SqliteConnection(factory.ConnectionString))
        {
            connection.Open();
            Fts5Search.Build(connection);
        }
        SqliteConnection.ClearAllPools();
        Console.Error.WriteLine($"[{Path.GetFileName(dbPath)}] database built in {watch.ElapsedMilliseconds} ms");
    }

    /// <summary>Tops the real papers up to <paramref name="size"/> with recombined ones.</summary>
    private static async Task AddSyntheticAsync(FileDbContextFactory factory, int size)
    {
        List<Paper> real;
        await using (var db = factory.CreateDbContext())
            real = await db.Papers.AsNoTracking().OrderBy(p => p.Id).ToListAsync();
        foreach (var batch in SyntheticPapers.From(real, size - real.Count, firstPosition: 1000).Chunk(5000))
        {
            await using var db = factory.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Papers.AddRange(batch);
            await db.SaveChangesAsync();
        }
    }

    private static void Delete(string dbPath, string indexPath)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
            File.Delete(file);
        if (Directory.Exists(indexPath)) Directory.Delete(indexPath, recursive: true);
    }

    public void Dispose()
    {
        Index.Dispose();
        Fts.Dispose();
    }
}
