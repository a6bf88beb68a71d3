using System.Text;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Export.Patch;

namespace AwesomeClip.Core.Tests.Export.Patch;

public sealed class UnifiedDiffTests
{
    private static readonly string Numbered = string.Concat(Enumerable.Range(1, 20).Select(i => $"line {i}\n"));

    [Fact]
    public void ShouldBeEmptyWhenNothingChanged() => Assert.Equal("", UnifiedDiff.Create(Numbered, Numbered, "README.md"));

    [Fact]
    public void ShouldShowAChangedLineWithThreeLinesOfContextEachSide()
    {
        var diff = UnifiedDiff.Create(Numbered, Numbered.Replace("line 10\n", "line ten\n", StringComparison.Ordinal), "README.md");

        Assert.Equal("""
            diff --git a/README.md b/README.md
            --- a/README.md
            +++ b/README.md
            @@ -7,7 +7,7 @@
             line 7
             line 8
             line 9
            -line 10
            +line ten
             line 11
             line 12
             line 13

            """.ReplaceLineEndings("\n"), diff);
    }

    [Fact]
    public void ShouldJoinChangesWhoseContextOverlapsAndSplitTheOthers()
    {
        var after = Numbered.Replace("line 2\n", "two\n", StringComparison.Ordinal).Replace("line 7\n", "seven\n", StringComparison.Ordinal)
            .Replace("line 19\n", "nineteen\n", StringComparison.Ordinal);

        var hunks = UnifiedDiff.Create(Numbered, after, "README.md").Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)).ToList();

        Assert.Equal(["@@ -1,10 +1,10 @@", "@@ -16,5 +16,5 @@"], hunks);
    }

    [Theory]
    [InlineData("a\nb\nc\n", "a\nB\nc\n")]
    [InlineData("a\r\nb\r\nc\r\n", "a\r\nB\r\nc\r\n")]
    [InlineData("a\nb\nc", "a\nb\nC")]
    [InlineData("a\nb\nc", "a\nb\nc\n")]
    [InlineData("a\nb\nc\n", "a\nb\nc")]
    [InlineData("a\nb\n", "new first\na\nb\n")]
    [InlineData("a\nb\nc\n", "a\n")]
    [InlineData("a\nb\nc\n", "a\nb\nc\nd\ne\n")]
    [InlineData("\uFEFF# 标题\n论文 一\n", "\uFEFF# 标题\n论文 二\n")]
    [InlineData("a\rb\nc\n", "a\rB\nc\n")]
    [InlineData("a\nb\n", "a\r\nb\n")]
    public void ShouldApplyWithGitAndGiveExactlyTheNewBytes(string before, string after) => AssertApplies(before, after, "README.md");

    [Theory]
    [InlineData("my list.md")]
    [InlineData("docs/论文.md")]
    [InlineData("a \"quoted\" name.md")]
    public void ShouldNameFilesGitQuotes(string path) => AssertApplies("a\nb\n", "a\nc\n", path);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void ShouldApplyRandomEditsWithGit(int seed)
    {
        var random = new Random(seed);
        var lines = Enumerable.Range(0, 60).Select(i => $"| row {i} | {(i % 7 == 0 ? "" : "text")} |").ToList();
        var before = string.Join(seed % 2 == 0 ? "\r\n" : "\n", lines) + (seed % 3 == 0 ? "" : "\n");
        var edited = lines.ToList();
        for (var i = 0; i < 12; i++)
        {
            var at = random.Next(edited.Count + 1);
            switch (random.Next(3))
            {
                case 0 when at < edited.Count: edited[at] = $"| changed {i} |"; break;
                case 1 when at < edited.Count: edited.RemoveAt(at); break;
                default: edited.Insert(at, $"| inserted {i} |"); break;
            }
        }
        var after = string.Join(seed % 2 == 0 ? "\r\n" : "\n", edited) + (seed % 4 == 0 ? "" : "\n");

        AssertApplies(before, after, "README.md");
    }

    private static void AssertApplies(string before, string after, string path)
    {
        var diff = UnifiedDiff.Create(before, after, path);
        using var repository = GitRepository.With(path, Encoding.UTF8.GetBytes(before));

        repository.Apply(ListExport.Encoding.GetBytes(diff));

        Assert.Equal(Encoding.UTF8.GetBytes(after), repository.Read(path));
    }
}
