using System.Diagnostics;
using System.Globalization;

namespace AwesomeClip.Benchmarks;

/// <summary>A plain measured loop: every query of a kind, repeatedly, one timing per call; prints p50/p99 per engine.</summary>
internal static class LatencyReport
{
    public static async Task RunAsync(IReadOnlyList<string> corpora, int minSamples)
    {
        var judged = JudgedQuery.Load();
        if (corpora.Contains("large") && BenchList.Large is null)
        {
            Console.WriteLine(BenchList.LargeMissing);
            corpora = [.. corpora.Where(c => c != "large")];
        }
        Console.WriteLine("| corpus | kind | queries | Lucene p50 ms | Lucene p99 ms | Lucene CPU ms/query | FTS5 p50 ms | FTS5 p99 ms | FTS5 CPU ms/query | target p99 | met? | load avg after |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|");
        foreach (var name in corpora)
        {
            using var corpus = await Corpus.OpenAsync(name);
            var (samples, ftsSamples, target) = name switch
            {
                "real" => (minSamples, minSamples, 5.0),
                "large" => (Math.Max(100, minSamples / 2), Math.Max(100, minSamples / 2), 5.0),
                _ => (Math.Max(100, minSamples / 5), Math.Max(30, minSamples / 50), 50.0),
            };
            var kinds = name == "large" ? Workload.LargeKinds : Workload.Kinds;
            var workloads = kinds.Select(kind => name == "large" ? Workload.ForLarge(kind) : Workload.For(kind, judged)).ToList();
            WarmUp(corpus, workloads);
            foreach (var workload in workloads)
            {
                var kind = workload.Kind;
                var lucene = Measure(corpus, workload.Lucene, samples);
                var fts = Measure(corpus, workload.Fts5, ftsSamples);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {name} ({corpus.Papers:N0}) | {kind} | {workload.Lucene.Count} | {lucene.P50:F3} | {lucene.P99:F3} | {lucene.Cpu:F3} | {fts.P50:F3} | {fts.P99:F3} | {fts.Cpu:F3} | < {target:F0} ms | {Timings.Met(lucene.P99 < target)} | {AllReports.LoadAverage()} |"));
            }
        }
    }

    /// <summary>
    /// Every kind of both engines runs for a while before any is timed, then the process rests: the tiered JIT
    /// promotes hot methods on a background thread once no new method has been compiled for a moment. Without this the
    /// first kind timed ran partly on unoptimised code and its CPU column counted the compiler.
    /// </summary>
    private static void WarmUp(Corpus corpus, IReadOnlyList<Workload> workloads)
    {
        for (var round = 0; round < 2; round++)
        {
            foreach (var workload in workloads)
            {
                foreach (var operations in new[] { workload.Lucene, workload.Fts5 })
                {
                    var watch = Stopwatch.StartNew();
                    while (watch.ElapsedMilliseconds < (round == 0 ? 400 : 100))
                    {
                        foreach (var op in operations) op(corpus);
                    }
                }
            }
            Thread.Sleep(1000);
        }
    }

    /// <summary>Wall-clock percentiles, and the process CPU time per call (all threads, GC included) which other load doesn't inflate.</summary>
    private static (double P50, double P99, double Cpu) Measure(Corpus corpus, IReadOnlyList<Func<Corpus, int>> operations, int minSamples)
    {
        // At least 3 rounds and 200 calls, so the tiered JIT has promoted the search code before the clock starts.
        var warmRounds = Math.Max(3, (200 + operations.Count - 1) / operations.Count);
        foreach (var op in operations)
        {
            for (var i = 0; i < warmRounds; i++) op(corpus);
        }
        var times = new List<double>(minSamples + operations.Count);
        var cpuBefore = Environment.CpuUsage.TotalTime;
        while (times.Count < minSamples)
        {
            foreach (var op in operations)
            {
                var start = Stopwatch.GetTimestamp();
                op(corpus);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        var cpu = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / times.Count;
        times.Sort();
        return (Percentile(times, 0.50), Percentile(times, 0.99), cpu);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
