using System.Globalization;
using AwesomeClip.Core.Search;

namespace AwesomeClip.Benchmarks;

/// <summary>nDCG@10 of both engines on the real catalog with the judged queries, per kind and overall.</summary>
internal static class RelevanceReport
{
    public static async Task RunAsync()
    {
        var judged = JudgedQuery.Load();
        using var corpus = await Corpus.OpenAsync("real");
        var rows = new List<(string Kind, string Query, double Lucene, double Fts5)>();
        foreach (var q in judged)
        {
            var lucene = (await corpus.Search.SearchAsync(new SearchRequest { Query = q.Query, PageSize = 10 })).Hits.Select(h => h.Title).ToList();
            var fts = corpus.Fts.Search(q.Query);
            rows.Add((q.Kind, q.Query, q.Ndcg(lucene), q.Ndcg(fts)));
        }
        Console.WriteLine($"nDCG@10 on the real catalog ({corpus.Papers} papers), {rows.Count} judged queries");
        Console.WriteLine();
        Console.WriteLine("| kind | queries | Lucene | FTS5 trigram |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var kind in rows.GroupBy(r => r.Kind))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {kind.Key} | {kind.Count()} | {kind.Average(r => r.Lucene):F3} | {kind.Average(r => r.Fts5):F3} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all** | {rows.Count} | **{rows.Average(r => r.Lucene):F3}** | **{rows.Average(r => r.Fts5):F3}** |"));
        Console.WriteLine();
        Console.WriteLine("| query | kind | Lucene | FTS5 |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (var r in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Query} | {r.Kind} | {r.Lucene:F3} | {r.Fts5:F3} |"));
    }
}
