using BenchmarkDotNet.Attributes;

namespace AwesomeClip.Benchmarks;

/// <summary>Each operation runs every query of a kind once, on both engines over the same corpus.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private Corpus corpus = null!;
    private Workload workload = null!;

    [Params("real", "100k")]
    public string CorpusName { get; set; } = "real";

    [ParamsSource(nameof(KindValues))]
    public string Kind { get; set; } = "english";

    public static IEnumerable<string> KindValues => Workload.Kinds;

    [GlobalSetup]
    public void Setup()
    {
        corpus = Corpus.OpenAsync(CorpusName).GetAwaiter().GetResult();
        workload = Workload.For(Kind, JudgedQuery.Load());
    }

    [Benchmark(Baseline = true)]
    public int Fts5() => workload.Fts5.Sum(op => op(corpus));

    [Benchmark]
    public int Lucene() => workload.Lucene.Sum(op => op(corpus));

    [GlobalCleanup]
    public void Cleanup() => corpus.Dispose();
}
