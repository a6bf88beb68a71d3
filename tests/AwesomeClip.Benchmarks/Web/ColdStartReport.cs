using System.Globalization;

namespace AwesomeClip.Benchmarks.Web;

/// <summary>
/// Cold start: the app spawned on an empty data directory (migrate, import the shipped list, build the index,
/// listen), <c>/</c> polled until it answers 200; time from process start. Median of several runs, for the published
/// app (ReadyToRun, as deployed) and for the plain build output (<c>dotnet build</c>, everything JIT-compiled).
/// </summary>
internal static class ColdStartReport
{
    public const double TargetMs = 2000;

    public static async Task RunAsync(int runs)
    {
        var published = await PublishedApp.PublishAsync();
        Console.WriteLine($"Cold start to the first 200 from / on an empty data directory ({runs} runs each, a new process each, alternating)");
        Console.WriteLine();
        Console.WriteLine("| app | runs ms | median ms | min ms | max ms | target < 2,000 ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---|");
        var apps = new[] { ("published, ReadyToRun", published), ("build output (JIT)", BenchPaths.WebAppDll) };
        var times = apps.Select(_ => new List<double>()).ToArray();
        IReadOnlyList<string> lastLog = [];
        for (var i = 0; i < runs; i++)
        {
            for (var a = 0; a < apps.Length; a++)
            {
                await using var app = ChildApp.Start(apps[a].Item2);
                times[a].Add((await app.WaitForHomeAsync(TimeSpan.FromSeconds(60))).TotalMilliseconds);
                if (a == 0) lastLog = [$"{app.StartedAtClock:HH:mm:ss.fff} (process started)", .. app.Output];
            }
        }
        for (var a = 0; a < apps.Length; a++)
        {
            var t = new Timings(times[a]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {apps[a].Item1} | {string.Join(", ", times[a].Select(x => x.ToString("F0", CultureInfo.InvariantCulture)))} | {t.P50:F0} | {t.Percentile(0):F0} | {t.Percentile(1):F0} | {Timings.Met(t.P50 < TargetMs)} |"));
        }
        Console.WriteLine();
        Console.WriteLine("The published app's log of its last run (timestamps are the app's):");
        Console.WriteLine();
        foreach (var line in lastLog) Console.WriteLine("    " + line);
    }
}
