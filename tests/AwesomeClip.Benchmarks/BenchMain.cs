using AwesomeClip.Benchmarks;
using BenchmarkDotNet.Running;

// relevance                    nDCG@10 of Lucene and FTS5 on the real list with the judged queries
// latency [real|100k] [N]      p50/p99 per query kind, measured loop (N samples per kind on the real list)
// anything else                BenchmarkDotNet (e.g. --filter '*Lucene*')
switch (args.FirstOrDefault())
{
    case "relevance":
        await RelevanceReport.RunAsync();
        break;
    case "latency":
        var corpora = args.Length > 1 && args[1] is "real" or "100k" ? [args[1]] : new[] { "real", "100k" };
        var samples = args.Length > 2 && int.TryParse(args[2], out var n) ? n : 2000;
        await LatencyReport.RunAsync(corpora, samples);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(SearchBenchmarks).Assembly).Run(args);
        break;
}
