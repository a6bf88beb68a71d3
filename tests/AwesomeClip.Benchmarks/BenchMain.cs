using System.Globalization;
using AwesomeClip.Benchmarks.Figures;
using AwesomeClip.Benchmarks.Web;
using BenchmarkDotNet.Running;

namespace AwesomeClip.Benchmarks;

/// <summary>
/// relevance                     nDCG@10 of Lucene and FTS5 on the real list with the judged queries
/// latency [real|large|100k] [N] search p50/p99 per query kind, measured loop (N samples per kind on the real list)
/// import [N]                    import + index build of the real and the large list: cold, then the median of N warm runs
/// pages [N]                     home, category, paper and search pages vs the same HTML as static files (N requests each),
///                               for the real list and the large one
/// coldstart [N]                 spawn the built app on an empty data directory until / answers 200 (median of N)
/// load [concurrency] [seconds]  HTTP load on loopback against the built app: /, a paper, /search, /api/search
/// circuits [N]                  managed memory per idle live circuit with N search pages open in Chromium
/// figures [N]                   SkiaSharp, NetVips and Magick.NET making the figure sizes (N rounds over the real figures)
/// all                           every report above, in one run
/// anything else                 BenchmarkDotNet (e.g. --filter '*Lucene*')
/// </summary>
internal static class BenchMain
{
    // Not top-level statements: those would declare a global Program clashing with the web app's (WebApplicationFactory<Program>).
    public static async Task Main(string[] args)
    {
        // WebApplicationFactory looks for MvcTestingAppManifest.json (the web app's content root) in the current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var mode = args.FirstOrDefault();
        switch (mode)
        {
            case "relevance":
                await RelevanceReport.RunAsync();
                break;
            case "latency":
                var corpora = args.Length > 1 && args[1] is "real" or "large" or "100k" ? [args[1]] : new[] { "real", "large", "100k" };
                await LatencyReport.RunAsync(corpora, Arg(args, 2, 2000));
                break;
            case "import":
                await ImportTiming.RunAsync(Arg(args, 1, 10));
                break;
            case ImportTiming.OnceMode: // the cold run of `import`, in a process of its own
                await ImportTiming.RunOnceAsync(args[1]);
                break;
            case "pages":
                await PageRenderReport.RunAsync(Arg(args, 1, 2000));
                break;
            case "coldstart":
                await ColdStartReport.RunAsync(Arg(args, 1, 5));
                break;
            case "load":
                await LoadReport.RunAsync(Arg(args, 1, 16), TimeSpan.FromSeconds(Arg(args, 2, 10)), 200_000);
                break;
            case "circuits":
                await CircuitMemoryReport.RunAsync(Arg(args, 1, 50));
                break;
            case "figures":
                await FigureLibraryReport.RunAsync(Arg(args, 1, 3));
                break;
            case FigureLibraryReport.OnceMode: // one library of `figures`, in a process of its own
                FigureLibraryReport.RunOnce(args[1], args[2], Arg(args, 3, 3));
                break;
            case "all":
                await AllReports.RunAsync();
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
                break;
        }
    }

    private static int Arg(string[] args, int i, int fallback) =>
        args.Length > i && int.TryParse(args[i], CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
