using System.Text.Json;

namespace AwesomeClip.Core.Tests.Search;

/// <summary>Graded judgments (3 = exactly what was asked, 1 = related) written by reading the list.</summary>
public sealed record JudgedQuery(string Query, string Kind, IReadOnlyList<Judgment> Judgments)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<JudgedQuery> Load() =>
        JsonSerializer.Deserialize<List<JudgedQuery>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Search", "Fixtures", "relevance-judgments.json")), Json)!;

    /// <summary>nDCG@k with exponential gain (2^grade − 1) and log2 discount.</summary>
    public double Ndcg(IReadOnlyList<string> rankedTitles, int k = 10)
    {
        var grades = Judgments.ToDictionary(j => j.Title, j => j.Grade, StringComparer.Ordinal);
        var dcg = rankedTitles.Take(k).Select((t, i) => Gain(grades.GetValueOrDefault(t), i)).Sum();
        var ideal = Judgments.Select(j => j.Grade).OrderDescending().Take(k).Select(Gain).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double Gain(int grade, int rank) => (Math.Pow(2, grade) - 1) / Math.Log2(rank + 2);
}

public sealed record Judgment(string Title, int Grade);
