using System.Globalization;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// Cold start: the built app spawned on an empty data directory (migrate, import the shipped list, build the index,
/// listen), <c>/</c> polled until it answers 200; time from process start. Median of several runs.
/// </summary>
internal static class ColdStartReport
{
    public const double TargetMs = 2000;

    public static async Task RunAsync(int runs)
    {
        var times = new List<double>();
        IReadOnlyList<string> lastLog = [];
        for (var i = 0; i < runs; i++)
        {
            await using var app = ChildApp.Start();
            times.Add((await app.WaitForHomeAsync(TimeSpan.FromSeconds(60))).TotalMilliseconds);
            lastLog = app.Output;
        }
        var t = new Timings(times);
        Console.WriteLine($"Cold start to the first 200 from / on an empty data directory ({runs} runs, a new process each)");
        Console.WriteLine();
        Console.WriteLine("| runs ms | median ms | min ms | max ms | target < 2,000 ms |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {string.Join(", ", times.Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))} | {t.P50:F0} | {t.Percentile(0):F0} | {t.Percentile(1):F0} | {Timings.Met(t.P50 < TargetMs)} |"));
        Console.WriteLine();
        Console.WriteLine("The app's log of the last run:");
        Console.WriteLine();
        foreach (var line in lastLog) Console.WriteLine("    " + line);
    }
}
