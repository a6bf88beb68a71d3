using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Search;

[Collection(RealCatalogCollection.Name)]
public sealed class RelevanceTests(RealCatalogFixture fixture, ITestOutputHelper output)
{
    /// <summary>Set just below the level reached; raise it when ranking improves, never lower it silently.</summary>
    private const double MinimumMeanNdcg = 0.93;

    [Fact]
    public void ShouldHaveAtLeastThirtyJudgedQueriesOfEveryKind()
    {
        var queries = JudgedQuery.Load();
        Assert.True(queries.Count >= 30);
        Assert.Equal(["acronym", "chinese", "english", "mixed", "typo"], queries.Select(q => q.Kind).Distinct().Order());
    }

    [Fact]
    public async Task ShouldReachTheMeasuredNdcgAtTenOnTheJudgedQueries()
    {
        var queries = JudgedQuery.Load();
        var scores = new List<(JudgedQuery Query, double Ndcg, IReadOnlyList<string> Titles)>();
        foreach (var query in queries)
        {
            var titles = await fixture.Catalog.TitlesAsync(query.Query);
            scores.Add((query, query.Ndcg(titles), titles));
        }
        foreach (var (query, ndcg, titles) in scores.OrderBy(s => s.Ndcg))
        {
            output.WriteLine($"{ndcg:F3}  {query.Kind,-8} {query.Query}");
            if (ndcg < 0.85) Explain(query, titles);
        }
        foreach (var kind in scores.GroupBy(s => s.Query.Kind))
            output.WriteLine($"{kind.Key,-8} {kind.Average(s => s.Ndcg):F3}");
        var mean = scores.Average(s => s.Ndcg);
        output.WriteLine($"mean nDCG@10 = {mean:F4}");
        Assert.True(mean >= MinimumMeanNdcg, $"mean nDCG@10 {mean:F4} fell below {MinimumMeanNdcg}");
    }

    /// <summary>Shows what a weak query ranked and which judged papers it missed, to guide tuning.</summary>
    private void Explain(JudgedQuery query, IReadOnlyList<string> titles)
    {
        var grades = query.Judgments.ToDictionary(j => j.Title, j => j.Grade, StringComparer.Ordinal);
        foreach (var title in titles) output.WriteLine($"         [{grades.GetValueOrDefault(title)}] {Short(title)}");
        foreach (var missed in query.Judgments.Where(j => !titles.Contains(j.Title)).OrderByDescending(j => j.Grade))
            output.WriteLine($"         missed [{missed.Grade}] {Short(missed.Title)}");
    }

    private static string Short(string title) => title.Length > 70 ? title[..70] : title;
}
