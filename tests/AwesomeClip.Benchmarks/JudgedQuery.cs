using System.Text.Json;

namespace AwesomeClip.Benchmarks;

/// <summary>The relevance suite's judged queries (tests/AwesomeClip.Core.Tests/Search/Fixtures).</summary>
internal sealed record JudgedQuery(string Query, string Kind, IReadOnlyList<Judgment> Judgments)
{
    public static IReadOnlyList<JudgedQuery> Load() =>
        JsonSerializer.Deserialize<List<JudgedQuery>>(File.ReadAllText(BenchPaths.Judgments), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    /// <summary>nDCG@k with gain 2^grade − 1 and log2 discount (same as the test suite).</summary>
    public double Ndcg(IReadOnlyList<string> rankedTitles, int k = 10)
    {
        var grades = Judgments.ToDictionary(j => j.Title, j => j.Grade, StringComparer.Ordinal);
        var dcg = rankedTitles.Take(k).Select((t, i) => Gain(grades.GetValueOrDefault(t), i)).Sum();
        var ideal = Judgments.Select(j => j.Grade).OrderDescending().Take(k).Select(Gain).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double Gain(int grade, int rank) => (Math.Pow(2, grade) - 1) / Math.Log2(rank + 2);
}

internal sealed record Judgment(string Title, int Grade);
