using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import;

public sealed class ListParserRealListTests
{
    private static readonly ParsedList List = ListParser.Parse(File.ReadAllText(Repo.RealList));

    [Fact]
    public void ShouldFind109PapersIn13Categories()
    {
        Assert.Equal(109, List.Papers.Count());
        Assert.Equal(13, List.Categories.Count);
        Assert.Equal(2021, List.Papers.Min(p => p.Year));
        Assert.Equal(2024, List.Papers.Max(p => p.Year));
    }

    [Fact]
    public void Dump()
    {
        foreach (var c in List.Categories)
        {
            Console.WriteLine($"## {c.Name} ({c.Papers.Count}) line {c.SourceLine}");
        }
        Console.WriteLine($"links {List.Papers.Sum(p => p.Links.Count)} figures {List.Papers.Sum(p => p.Figures.Count)} distinct {List.Papers.SelectMany(p => p.Figures).Distinct().Count()} notes {List.Papers.Count(p => p.Commentary != null)}");
        foreach (var i in List.Issues) Console.WriteLine(i);
        foreach (var p in List.Papers.Take(3)) Console.WriteLine(p);
    }
}
