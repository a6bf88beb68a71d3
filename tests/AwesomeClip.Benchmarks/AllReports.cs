using System.Globalization;
using System.Runtime.InteropServices;
using AwesomeClip.Benchmarks.Figures;
using AwesomeClip.Benchmarks.Web;

namespace AwesomeClip.Benchmarks;

/// <summary>Every report in one run, headed by the machine and its load average at the start and the end.</summary>
internal static class AllReports
{
    public static async Task RunAsync()
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {MemoryGb():F0} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine($"Started {DateTime.Now:yyyy-MM-dd HH:mm:ss zzz}; load average at start: {LoadAverage()}");
        await Section("Import", () => ImportTiming.RunAsync(10));
        await Section("Cold start", () => ColdStartReport.RunAsync(5));
        await Section("Page serving", () => PageRenderReport.RunAsync(2000));
        await Section("HTTP load", () => LoadReport.RunAsync(16, TimeSpan.FromSeconds(10), 200_000));
        await Section("Circuits", () => CircuitMemoryReport.RunAsync(50));
        await Section("Figures", () => FigureLibraryReport.RunAsync(3));
        await Section("Relevance", RelevanceReport.RunAsync);
        await Section("Search latency", () => LatencyReport.RunAsync(["real", "large", "100k"], 2000));
        Console.WriteLine($"Ended {DateTime.Now:yyyy-MM-dd HH:mm:ss zzz}; load average at end: {LoadAverage()}");
    }

    private static async Task Section(string name, Func<Task> run)
    {
        Console.WriteLine();
        Console.WriteLine($"### {name} ({DateTime.Now:HH:mm:ss}, load average {LoadAverage()})");
        Console.WriteLine();
        await run();
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static double MemoryGb() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
}
