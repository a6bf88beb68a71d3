using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace AwesomeClip.Benchmarks.Figures;

/// <summary>
/// SkiaSharp, NetVips and Magick.NET side by side (ADR-030) on the real figures: the shipped ones (data/images) and, where
/// shared/ is there, the list's full-size originals. Each library runs in a process of its own, so its peak resident
/// memory is its own: per figure a 320 px WebP (thumbnail), an 800 px WebP (medium) and an 800 px JPEG (fallback),
/// one figure at a time, N rounds.
/// </summary>
internal static class FigureLibraryReport
{
    public const string OnceMode = "figures-once";
    private const string ResultPrefix = "FIGURES-RESULT ";

    internal sealed record Result(string Library, string Package, string Licence, int Figures, long InputBytes, double[] PerFigureMs,
        double CpuMs, double RssBeforeMb, double PeakRssMb, bool PeakMeasuredAfterWarmUp, long ThumbnailBytes, long MediumBytes, long FallbackBytes);

    public static async Task RunAsync(int rounds)
    {
        var sets = FigureSets().ToList();
        Console.WriteLine($"Figures: per figure a 320 px WebP, an 800 px WebP and an 800 px JPEG from the encoded original, one figure at a time, {rounds} round(s); each library in its own process");
        Console.WriteLine();
        Console.WriteLine("| figures | library | ms per figure p50 / p95 / max (3 sizes) | CPU ms per figure | peak RSS MB (at start) | 320 WebP KB | 800 WebP KB | 800 JPEG KB | load avg |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
        var results = new List<Result>();
        foreach (var (setName, folder) in sets)
        {
            foreach (var library in ImagingLibrary.All)
            {
                var r = await ChildAsync(library.Name, folder, rounds);
                results.Add(r);
                var t = new Timings(r.PerFigureMs);
                var n = (double)r.PerFigureMs.Length;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {setName} ({r.Figures}, {r.InputBytes / (1024.0 * 1024):F1} MB) | {r.Library} | {t.P50:F0} / {t.Percentile(0.95):F0} / {t.Percentile(1):F0} | {r.CpuMs / n:F0} | {r.PeakRssMb:F0} ({r.RssBeforeMb:F0}){(r.PeakMeasuredAfterWarmUp ? "" : "*")} | {r.ThumbnailBytes / n / 1024:F1} | {r.MediumBytes / n / 1024:F1} | {r.FallbackBytes / n / 1024:F1} | {AllReports.LoadAverage()} |"));
            }
        }
        Console.WriteLine();
        Console.WriteLine("Peak RSS is the process's high-water mark after a warm-up figure (reset through /proc/self/clear_refs; * where that was refused: since process start).");
        Console.WriteLine();
        Console.WriteLine("| library | package | licence | native library | size MB | needs (ldd, beyond libc/libm/libstdc++/libgcc) | missing here |");
        Console.WriteLine("|---|---|---|---|---:|---|---|");
        foreach (var library in ImagingLibrary.All)
        {
            var r = results.FirstOrDefault(x => x.Library == library.Name);
            var native = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", library.NativeFile);
            var (needs, missing) = Ldd(native);
            var size = File.Exists(native) ? new FileInfo(native).Length / (1024.0 * 1024) : double.NaN;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {library.Name} | {r?.Package} | {r?.Licence} | {library.NativeFile} | {size:F0} | {(needs.Count == 0 ? "nothing else" : string.Join(", ", needs))} | {(missing.Count == 0 ? "none" : string.Join(", ", missing))} |"));
        }
    }

    /// <summary>The child's side: one library on one folder of figures, the result as one JSON line.</summary>
    public static void RunOnce(string libraryName, string folder, int rounds)
    {
        var library = ImagingLibrary.All.Single(l => l.Name == libraryName);
        var files = Directory.GetFiles(folder).Where(f => Path.GetExtension(f) is ".png" or ".jpg" or ".jpeg" or ".webp").Order(StringComparer.Ordinal).ToArray();
        var originals = files.Select(File.ReadAllBytes).ToArray();
        Work(library, originals[0]); // load the native library, JIT
        var rssBefore = Status("VmRSS");
        var reset = TryResetPeak();
        var cpu = Environment.CpuUsage.TotalTime;
        var times = new List<double>();
        long thumbnails = 0, mediums = 0, fallbacks = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var original in originals)
            {
                var start = Stopwatch.GetTimestamp();
                var (t, m, f) = Work(library, original);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                thumbnails += t;
                mediums += m;
                fallbacks += f;
            }
        }
        var result = new Result(library.Name, library.Package, library.Licence, files.Length, originals.Sum(o => (long)o.Length), [.. times],
            (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, rssBefore, Status("VmHWM"), reset, thumbnails, mediums, fallbacks);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(result));
    }

    private static (long Thumbnail, long Medium, long Fallback) Work(ImagingLibrary library, byte[] original) =>
        (library.Resize(original, 320, webp: true).Length, library.Resize(original, 800, webp: true).Length, library.Resize(original, 800, webp: false).Length);

    /// <summary>The shipped figures, and the list's originals from shared/ (AWESOMECLIP_FIGURES, else beside the repository).</summary>
    private static IEnumerable<(string Name, string Folder)> FigureSets()
    {
        yield return ("shipped data/images", Path.Combine(BenchPaths.RepoRoot, "data", "images"));
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("AWESOMECLIP_FIGURES"),
            Path.GetFullPath(Path.Combine(BenchPaths.RepoRoot, "..", "shared", "data", "awesome-clip", "images")),
            Path.GetFullPath(Path.Combine(BenchPaths.RepoRoot, "..", "..", "shared", "data", "awesome-clip", "images")),
        };
        var originals = candidates.FirstOrDefault(c => c is { Length: > 0 } && Directory.Exists(c));
        if (originals is null)
            Console.WriteLine($"SKIPPED: the list's original figures were not found at {string.Join(", ", candidates.OfType<string>())}");
        else
            yield return ("originals shared/…/images", originals);
    }

    private static async Task<Result> ChildAsync(string library, string folder, int rounds)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var assembly = typeof(FigureLibraryReport).Assembly.Location;
        string[] rest = [OnceMode, library, folder, rounds.ToString(CultureInfo.InvariantCulture)];
        var arguments = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [assembly, .. rest] : rest;
        var info = new ProcessStartInfo(self, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null) throw new InvalidOperationException($"{library} on {folder} failed:\n{await output}\n{await errors}");
        return JsonSerializer.Deserialize<Result>(line[ResultPrefix.Length..])!;
    }

    /// <summary>Resets the peak resident set size to the current one ("5" to clear_refs, Linux 4.0 and later).</summary>
    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static double Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return double.Parse(line.Split(':')[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024;
    }

    private static (List<string> Needs, List<string> Missing) Ldd(string file)
    {
        if (!File.Exists(file)) return ([], ["(not built)"]);
        var info = new ProcessStartInfo("ldd", [file]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(info)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        process.WaitForExit();
        string[] basic = ["linux-vdso", "libc.so", "libm.so", "libstdc++", "libgcc_s", "libpthread", "libdl.so", "librt.so", "ld-linux", "libresolv"];
        var names = lines.Select(l => l.Split(' ')[0]).Where(n => !basic.Any(b => n.StartsWith(b, StringComparison.Ordinal)) && !n.StartsWith('/')).ToList();
        return (names, [.. lines.Where(l => l.Contains("not found", StringComparison.Ordinal)).Select(l => l.Split(' ')[0])]);
    }
}
