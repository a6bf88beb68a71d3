using System.Diagnostics;
using System.Globalization;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Search;
using AwesomeClip.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Benchmarks;

/// <summary>
/// Import of the real list into a fresh SQLite file, then the search index built from it — what the app does on first
/// start. The first run in the process is cold (JIT, EF model, SmartCn dictionaries); the rest are warm.
/// </summary>
internal static class ImportTiming
{
    public const double TargetMs = 1000;

    public static async Task RunAsync(int warmRuns)
    {
        var runs = new List<Stages>();
        for (var i = 0; i <= warmRuns; i++) runs.Add(await OnceAsync());
        var cold = runs[0];
        var warm = runs.Skip(1).ToList();
        Console.WriteLine($"Import of {Path.GetFileName(BenchPaths.RealList)} ({new FileInfo(BenchPaths.RealList).Length:N0} bytes) into a fresh SQLite file, then the index; cold = first in the process, warm = median of {warm.Count}");
        Console.WriteLine();
        Console.WriteLine("| run | migrate ms | import (decode, parse, persist) ms | index build ms | total ms | target < 1,000 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        Print("cold", cold);
        Print("warm (median)", new Stages(
            Median(warm.Select(r => r.Migrate)), Median(warm.Select(r => r.Import)), Median(warm.Select(r => r.Index)), Median(warm.Select(r => r.Total))));
    }

    private static void Print(string name, Stages s) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {s.Migrate:F0} | {s.Import:F0} | {s.Index:F0} | {s.Total:F0} | {Timings.Met(s.Total < TargetMs)} |"));

    private static double Median(IEnumerable<double> values) => new Timings(values).P50;

    private static async Task<Stages> OnceAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(BenchPaths.Scratch, "import-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var factory = new FileDbContextFactory(Path.Combine(folder, "catalog.db"));
            var start = Stopwatch.GetTimestamp();
            await using (var db = factory.CreateDbContext()) await CatalogDatabase.MigrateAsync(db);
            var migrated = Stopwatch.GetTimestamp();
            var importer = new CatalogImporter(factory, [], TimeProvider.System, NullLogger<CatalogImporter>.Instance);
            await importer.ImportFileAsync(BenchPaths.RealList);
            var imported = Stopwatch.GetTimestamp();
            using (var index = new SearchIndex(factory, new FileSearchDirectory(Path.Combine(folder, "index")), NullLogger<SearchIndex>.Instance))
                await index.EnsureReadyAsync();
            var indexed = Stopwatch.GetTimestamp();
            return new Stages(Ms(start, migrated), Ms(migrated, imported), Ms(imported, indexed), Ms(start, indexed));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private sealed record Stages(double Migrate, double Import, double Index, double Total);
}
