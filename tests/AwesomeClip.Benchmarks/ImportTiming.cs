using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Search;
using AwesomeClip.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwesomeClip.Benchmarks;

/// <summary>
/// Import of a list into a fresh SQLite file, then the search index built from it — what the app does on first start —
/// for the shipped list and, when shared/ is there, the large diffusion-models list. Cold is the first import in a new
/// process (JIT, EF model, SmartCn dictionaries; this benchmark run in a child process); warm is the median of N in this
/// process after one run thrown away.
/// </summary>
internal static class ImportTiming
{
    public const string OnceMode = "import-once";
    private const string ResultPrefix = "IMPORT-STAGES ";

    public static async Task RunAsync(int warmRuns)
    {
        var lists = BenchList.Available();
        var rows = new List<(BenchList List, string Run, Stages Stages)>();
        var parseAlone = new Dictionary<BenchList, double>();
        var loads = new List<string>();
        foreach (var list in lists)
        {
            rows.Add((list, "cold (new process)", await ColdAsync(list)));
            await OnceAsync(list); // this process's first: JIT, EF model, dictionaries
            var warm = new List<Stages>();
            for (var i = 0; i < warmRuns; i++) warm.Add(await OnceAsync(list));
            rows.Add((list, $"warm (median of {warm.Count})", Stages.Median(warm)));
            parseAlone[list] = await ParseAloneAsync(list, warmRuns);
            loads.Add($"{list.Name} {AllReports.LoadAverage()}");
        }

        Console.WriteLine("Import into a fresh SQLite file (migrate; `CatalogImporter.ImportFileAsync`: decode, parse, change set, one transaction), then the index built from the database");
        Console.WriteLine();
        Console.WriteLine("| list | run | migrate ms | import (decode, parse, persist) ms | of which persist ms | index build ms | total ms | CPU ms (import / total) | allocated MB (import + index) | target | met? |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var (list, run, s) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {list.Name} ({new FileInfo(list.Path).Length:N0} bytes, {s.Papers:N0} papers) | {run} | {s.Migrate:F0} | {s.Import:F0} | {s.Persist:F0} | {s.Index:F0} | {s.Total:F0} | {s.ImportCpu:F0} / {s.TotalCpu:F0} | {s.AllocatedMb:F0} | < {list.ImportTargetMs:N0} ms | {Timings.Met(s.Total < list.ImportTargetMs)} |"));
        }
        Console.WriteLine();
        foreach (var (list, ms) in parseAlone)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{list.Name}: decode + parse alone (`ListDecoder` + `ListParser.Parse`, no database) {ms:F0} ms, median of {warmRuns}"));
        Console.WriteLine($"Load average after each list's runs: {string.Join("; ", loads)}");
    }

    /// <summary>The child process's side of <see cref="ColdAsync"/>: one import, its stages on standard output.</summary>
    public static async Task RunOnceAsync(string listName)
    {
        var list = BenchList.Available().FirstOrDefault(l => l.Name == listName)
            ?? throw new InvalidOperationException($"no list named {listName}");
        var stages = await OnceAsync(list);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(stages));
    }

    /// <summary>This benchmark started again as its own process for one import: the first in a process, as in the app's first start.</summary>
    private static async Task<Stages> ColdAsync(BenchList list)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(ImportTiming).Assembly.Location;
        var arguments = Path.GetFileNameWithoutExtension(self) == "dotnet" ? new[] { assembly, OnceMode, list.Name } : [OnceMode, list.Name];
        var info = new ProcessStartInfo(self, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null) throw new InvalidOperationException($"The cold import of {list.Name} failed:\n{await output}\n{await errors}");
        return JsonSerializer.Deserialize<Stages>(line[ResultPrefix.Length..])!;
    }

    private static async Task<Stages> OnceAsync(BenchList list)
    {
        var folder = Directory.CreateDirectory(Path.Combine(BenchPaths.Scratch, "import-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var factory = new FileDbContextFactory(Path.Combine(folder, "catalog.db"));
            var cpuAtStart = Environment.CpuUsage.TotalTime;
            var start = Stopwatch.GetTimestamp();
            await using (var db = factory.CreateDbContext()) await CatalogDatabase.MigrateAsync(db);
            var migrated = Stopwatch.GetTimestamp();
            var cpuMigrated = Environment.CpuUsage.TotalTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var importer = new CatalogImporter(factory, [], TimeProvider.System, NullLogger<CatalogImporter>.Instance);
            var report = await importer.ImportFileAsync(list.Path);
            var imported = Stopwatch.GetTimestamp();
            var cpuImported = Environment.CpuUsage.TotalTime;
            using (var index = new SearchIndex(factory, new FileSearchDirectory(Path.Combine(folder, "index")), NullLogger<SearchIndex>.Instance))
                await index.EnsureReadyAsync();
            var indexed = Stopwatch.GetTimestamp();
            var cpuIndexed = Environment.CpuUsage.TotalTime;
            var allocatedMb = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024.0 * 1024);
            return new Stages(Ms(start, migrated), Ms(migrated, imported), report.Duration.TotalMilliseconds, Ms(imported, indexed), Ms(start, indexed), allocatedMb, report.Papers)
            {
                ImportCpu = (cpuImported - cpuMigrated).TotalMilliseconds,
                TotalCpu = (cpuIndexed - cpuAtStart).TotalMilliseconds,
            };
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> ParseAloneAsync(BenchList list, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var (text, _) = await ListDecoder.ReadFileAsync(list.Path, CancellationToken.None);
            _ = ListParser.Parse(text, Path.GetFileName(list.Path));
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return new Timings(times).P50;
    }

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    /// <summary>Wall-clock milliseconds per stage; CPU milliseconds of the whole process (all threads: GC, tiered JIT) over the import and over everything.</summary>
    internal sealed record Stages(double Migrate, double Import, double Persist, double Index, double Total, double AllocatedMb, int Papers)
    {
        public double ImportCpu { get; init; }

        public double TotalCpu { get; init; }

        /// <summary>Each column's median on its own.</summary>
        public static Stages Median(IReadOnlyList<Stages> runs) => new(
            P50(runs.Select(r => r.Migrate)), P50(runs.Select(r => r.Import)), P50(runs.Select(r => r.Persist)), P50(runs.Select(r => r.Index)),
            P50(runs.Select(r => r.Total)), P50(runs.Select(r => r.AllocatedMb)), runs[0].Papers)
        {
            ImportCpu = P50(runs.Select(r => r.ImportCpu)),
            TotalCpu = P50(runs.Select(r => r.TotalCpu)),
        };

        private static double P50(IEnumerable<double> values) => new Timings(values).P50;
    }
}
