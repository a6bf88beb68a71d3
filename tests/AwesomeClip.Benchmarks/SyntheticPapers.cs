using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Benchmarks;

/// <summary>
/// Deterministic papers recombined from the real ones (fixed seed): the first half of one title with the second half of
/// another, 2–5 abstract sentences drawn from all abstracts, the first paper's year and category, a GitHub link half the time.
/// </summary>
internal static partial class SyntheticPapers
{
    public const int Seed = 20261127;

    [GeneratedRegex(@"(?<=[。；！？.;!?])\s*")]
    private static partial Regex SentenceEnd();

    public static IEnumerable<Paper> From(IReadOnlyList<Paper> real, int count, int firstPosition)
    {
        var rng = new Random(Seed);
        var sentences = real.SelectMany(p => SentenceEnd().Split(p.Abstract)).Select(s => s.Trim()).Where(s => s.Length >= 8).ToArray();
        var commentaries = real.Select(p => p.Commentary).OfType<string>().ToArray();
        var now = new DateTime(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < count; i++)
        {
            var a = real[rng.Next(real.Count)];
            var b = real[rng.Next(real.Count)];
            var aWords = a.Title.Split(' ');
            var bWords = b.Title.Split(' ');
            var title = string.Join(' ', aWords.Take(Math.Max(1, aWords.Length / 2)).Concat(bWords.Skip(bWords.Length / 2)));
            var abstractText = string.Join(' ', Enumerable.Range(0, rng.Next(2, 6)).Select(_ => sentences[rng.Next(sentences.Length)]));
            var paper = new Paper
            {
                Title = title,
                Year = a.Year,
                CategoryId = a.CategoryId,
                Position = firstPosition + i,
                Abstract = abstractText,
                Commentary = rng.Next(10) == 0 ? commentaries[rng.Next(commentaries.Length)] : null,
                GithubRepo = rng.Next(2) == 0 ? $"synthetic/repo-{i}" : null,
                CreatedAt = now,
                UpdatedAt = now,
                Version = 1,
            };
            if (paper.GithubRepo is not null)
                paper.Links.Add(new PaperLink { Position = 0, Kind = LinkKind.Github, Label = "Github", Url = "https://github.com/" + paper.GithubRepo });
            yield return paper;
        }
    }
}
