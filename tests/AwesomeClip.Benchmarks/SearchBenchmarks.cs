using BenchmarkDotNet.Attributes;

namespace AwesomeClip.Benchmarks;

/// <summary>Each operation runs every query of a kind once, on both engines over the same corpus.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private Corpus corpus = null!;
    private Workload workload = null!;

    [ParamsSource(nameof(CorpusValues))]
    public string CorpusName { get; set; } = "real";

    [ParamsSource(nameof(KindValues))]
    public string Kind { get; set; } = "english";

    /// <summary>BENCH_CORPORA=real,100k (default both; also large, with BENCH_KINDS from <see cref="Workload.LargeKinds"/>).</summary>
    public static IEnumerable<string> CorpusValues => FromEnvironment("BENCH_CORPORA", ["real", "100k"]);

    /// <summary>BENCH_KINDS=chinese,english,… (default all).</summary>
    public static IEnumerable<string> KindValues => FromEnvironment("BENCH_KINDS", Workload.Kinds);

    private static string[] FromEnvironment(string name, string[] all) =>
        Environment.GetEnvironmentVariable(name)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } chosen
            ? chosen
            : all;

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.OpenAsync(CorpusName).GetAwaiter().GetResult();
        workload = CorpusName == "large" ? Workload.ForLarge(Kind) : Workload.For(Kind, JudgedQuery.Load());
    }

    [Benchmark(Baseline = true)]
    public int Fts5() => workload.Fts5.Sum(op => op(corpus));

    [Benchmark]
    public int Lucene() => workload.Lucene.Sum(op => op(corpus));

    [GlobalCleanup]
    public void Cleanup() => corpus.Dispose();
}
