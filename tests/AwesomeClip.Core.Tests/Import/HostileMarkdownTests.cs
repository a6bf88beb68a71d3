using System.Text;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Import;

/// <summary>
/// Inputs built to hurt the importer: each must end in a report or an <see cref="ImportRefusedException"/> quickly,
/// never a hang, a stack overflow or another exception, and a refusal leaves the catalog as it was.
/// </summary>
public sealed class HostileMarkdownTests
{
    /// <summary>A hang guard, not a performance target: each of these takes well under a second.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, Func<string>> RefusedInputs = new()
    {
        ["20k-rows"] = () => HostileMarkdown.Rows(20_000),
        ["1001-rows"] = () => HostileMarkdown.Rows(1_001),
        ["10k-columns"] = () => HostileMarkdown.Category + "|" + Repeat(" Title | Abstract |", 5_000) + "\n|" + Repeat("--|", 10_000) + "\n|" + Repeat(" **t** |", 10_000) + "\n",
        ["5k-quotes"] = () => HostileMarkdown.Category + Repeat("> ", 5_000) + "deep\n",
        ["1k-nested-lists"] = () => HostileMarkdown.Category + string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- x\n")),
        ["5k-lists-one-line"] = () => HostileMarkdown.Category + Repeat("- ", 5_000) + "x\n",
        ["20k-brackets"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", new string('[', 20_000)),
        ["20k-brackets-paragraph"] = () => HostileMarkdown.Category + new string('[', 20_000) + "\n",
        ["nested-links"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", Repeat("[", 5_000) + "x" + Repeat("](https://x.org)", 5_000)),
        ["nested-badges"] = () => HostileMarkdown.Table + HostileMarkdown.Row(Repeat("[![", 5_000) + "x" + Repeat("](u)](v)", 5_000), "a"),
        ["nested-emphasis"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", Repeat("*a _b ", 5_000) + Repeat(" c_ d*", 5_000)),
        ["long-delimiter-run"] = () => HostileMarkdown.Table + HostileMarkdown.Row(new string('*', 20_000) + "t" + new string('*', 20_000), "a"),
        ["open-emphasis-across-rows"] = () => HostileMarkdown.Table + string.Concat(Enumerable.Range(0, 100).Select(i => HostileMarkdown.Row("**t" + i + "**", "*a _b unclosed"))),
        ["100k-lines"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", "a") + Repeat("x\n", 100_001),
        ["45k-link-definitions"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", "a") + "\n" + string.Concat(Enumerable.Range(0, 45_000).Select(i => $"[r{i}]: https://x.org/{i}\n")),
        ["1001-link-definitions"] = () => HostileMarkdown.Category + string.Concat(Enumerable.Range(0, 1_001).Select(i => $"  [r{i}]: https://x.org/{i}\n")),
        ["10001-link-definitions-apart"] = () => HostileMarkdown.Category + string.Concat(Enumerable.Range(0, 10_001).Select(i => $"[r{i}]: https://x.org/{i}\n" + (i % 500 == 499 ? "\n" : ""))),
        ["emphasis-pairs-paragraphs"] = () => HostileMarkdown.Category + string.Concat(Enumerable.Range(0, 2_000).Select(_ => Repeat("*a* ", 500) + "\n\n")),
        ["nested-brackets-paragraphs"] = () => HostileMarkdown.Category + string.Concat(Enumerable.Range(0, 800).Select(_ => Repeat(Repeat("[", 32) + "x" + Repeat("]", 32) + " ", 50) + "\n\n")),
        ["990-rows-of-twenty-links"] = () => HostileMarkdown.Table + Repeat("| **t** | " + Repeat("[a](u) ", 20) + "| | |\n", 990),
    };

    public static TheoryData<string> Refused => [.. RefusedInputs.Keys];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ShouldRefuseMarkdownTooLargeOrTooDeepToParseAndSayWhere(string name)
    {
        var markdown = RefusedInputs[name]();
        await using var database = await SeededAsync();
        var before = await SnapshotAsync(database);

        var e = await Assert.ThrowsAsync<ImportRefusedException>(() => ImportGuardedAsync(database, name + ".md", Encoding.UTF8.GetBytes(markdown)));

        Assert.StartsWith($"{name}.md cannot be imported: line ", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    private static readonly Dictionary<string, Func<string>> ReportedInputs = new()
    {
        ["too-many-cells"] = () => HostileMarkdown.Table + "| **Wide** | a | b | [[Paper](https://arxiv.org/abs/2301.00001)] | extra | more |\n",
        ["too-few-cells"] = () => HostileMarkdown.Table + "| **Narrow** | a |\n",
        ["one-cell"] = () => HostileMarkdown.Table + "| **Lonely** |\n",
        ["long-line"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**Long**", Repeat("很长的摘要 ", 60_000)),
        ["long-title"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**" + new string('T', 20_000) + "**", "a"),
        ["nesting-at-the-limit"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", Repeat("[", 32) + "x" + Repeat("](https://x.org)", 32) + " " + Repeat("*_", 16) + "y" + Repeat("_*", 16)),
        ["300-new-rows"] = () => HostileMarkdown.Rows(300),
        ["many-html-tags"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", Repeat("<b>", 20_000) + Repeat("<img src=x", 1_000)),
        ["many-lt"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", new string('<', 20_000)),
        ["many-backticks"] = () => HostileMarkdown.Table + HostileMarkdown.Row("**t**", Repeat("`a", 20_000)),
    };

    public static TheoryData<string, string> Reported => new()
    {
        { "too-many-cells", "has 6 cells, expected 4" },
        { "too-few-cells", "has 2 cells, expected 4" },
        { "one-cell", "has 1 cells, expected 4" },
        { "long-line", "'Long' has no figure" },
        { "long-title", "has no figure" },
        { "nesting-at-the-limit", "'t' has no figure" },
        { "300-new-rows", "'Paper 299' has no figure" },
        { "many-html-tags", "has no figure" },
        { "many-lt", "has no figure" },
        { "many-backticks", "has no figure" },
    };

    [Theory]
    [MemberData(nameof(Reported))]
    public async Task ShouldImportOddButParseableRowsAndReportThem(string name, string warning)
    {
        var markdown = ReportedInputs[name]();
        await using var database = await SeededAsync();

        var report = await ImportGuardedAsync(database, name + ".md", Encoding.UTF8.GetBytes(markdown));

        Assert.Contains(report.Issues, i => i.Message.Contains(warning, StringComparison.Ordinal));
        Assert.True(report.Papers > 0);
    }

    private static readonly Dictionary<string, Func<byte[]>> BadByteInputs = new()
    {
        ["random.bin"] = () => HostileMarkdown.RandomBytes(1_000_000, seed: 1),
        ["random-no-nul.bin"] = () => [.. HostileMarkdown.RandomBytes(1_000_000, seed: 2).Where(b => b != 0)],
        ["control-chars.md"] = () => [.. HostileMarkdown.RandomBytes(100_000, seed: 3).Select(b => (byte)(1 + b % 31))],
        ["invalid-utf8-inside.md"] = () => HostileMarkdown.RealListWith(0xFF, 0xFE),
        ["lone-surrogate.md"] = () => HostileMarkdown.RealListWith(0xED, 0xA0, 0x80),
        ["overlong.md"] = () => HostileMarkdown.RealListWith(0xC0, 0xAF),
        ["truncated-sequence.md"] = () => [.. File.ReadAllBytes(Repo.RealList), 0xE4, 0xB8],
        ["utf16.md"] = () => Encoding.Unicode.GetBytes("## A\n| Title | Abstract |\n|--|--|\n| **t** | a |\n"),
        ["nine-mb.md"] = () => Encoding.UTF8.GetBytes(Repeat("| **t** | a |\n", 9 * 1024 * 1024 / 14 + 1)),
    };

    public static TheoryData<string, string> BadBytes => new()
    {
        { "random.bin", "NUL bytes" },
        { "random-no-nul.bin", "is not UTF-8" },
        { "control-chars.md", "holds no entries" },
        { "invalid-utf8-inside.md", "is not UTF-8 text (invalid byte at offset" },
        { "lone-surrogate.md", "is not UTF-8" },
        { "overlong.md", "is not UTF-8" },
        { "truncated-sequence.md", "is not UTF-8" },
        { "utf16.md", "NUL bytes" },
        { "nine-mb.md", "must be at most 8 MB" },
    };

    [Theory]
    [MemberData(nameof(BadBytes))]
    public async Task ShouldRefuseBytesThatAreNotAMarkdownList(string name, string message)
    {
        var bytes = BadByteInputs[name]();
        await using var database = await SeededAsync();
        var before = await SnapshotAsync(database);

        var e = await Assert.ThrowsAsync<ImportRefusedException>(() => ImportGuardedAsync(database, name, bytes));

        Assert.Contains(name, e.Message);
        Assert.Contains(message, e.Message);
        Assert.Equal(before, await SnapshotAsync(database));
    }

    [Fact]
    public void ShouldParseATableRightAtTheRowLimit()
    {
        // Header, separator and year row count as rows of the table, as Markdig sees it.
        var list = ListParser.Parse(HostileMarkdown.Rows(997));

        Assert.Equal(997, list.Papers.Count());
    }

    [Fact]
    public async Task ShouldRefuseA50MbFileByItsLengthWithoutReadingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"awesomeclip-50mb-{Guid.NewGuid():N}.md");
        try
        {
            // Sparse, and held with FileShare.None: reading it would fail with "cannot be read", so only a
            // refusal by length, taken before any byte is read, gives the size message.
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            file.SetLength(50L * 1024 * 1024);
            await using var database = await TestDatabase.CreateAsync();

            var e = await Assert.ThrowsAsync<ImportRefusedException>(() => Importers.For(database).ImportFileAsync(path, TestContext.Current.CancellationToken).WaitAsync(HangGuard, TestContext.Current.CancellationToken));

            Assert.Contains("is 50 MB; the list must be at most 8 MB", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<ImportReport> ImportGuardedAsync(TestDatabase database, string name, byte[] bytes) =>
        // Parsing is synchronous: run it on a pool thread (the stack size the web app has) so the guard can fire.
        await Task.Run(() => Importers.For(database).ImportAsync(name, bytes)).WaitAsync(HangGuard);

    private static async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportFileAsync(Repo.RealList);
        return database;
    }

    private static async Task<string> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var titles = await db.Papers.OrderBy(p => p.Id).Select(p => p.Id + ":" + p.Title + ":" + p.SourceFingerprint).ToListAsync();
        return $"{await db.SourceDocuments.CountAsync()} documents, {await db.PaperLinks.CountAsync()} links, " + string.Join('\n', titles);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}

/// <summary>Builds hostile lists in code, so that no large file is committed.</summary>
internal static class HostileMarkdown
{
    public const string Category = "## Hostile\n\n";

    public const string Table = Category + "| Title | Abstract | Intro | Useful Links |\n|:----| :---:| :----: | :---:|\n|2024|\n";

    public static string Row(string title, string summary) => $"| {title} <br>| {summary} | | |\n";

    public static string Rows(int count)
    {
        var sb = new StringBuilder(Table);
        for (var i = 0; i < count; i++)
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"| **Paper {i}** | abstract {i} | | [[Paper](https://arxiv.org/abs/2401.{i:00000})] |\n");
        return sb.ToString();
    }

    public static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The real list with bytes spliced in at the start of a line in its middle.</summary>
    public static byte[] RealListWith(params byte[] inserted)
    {
        var bytes = File.ReadAllBytes(Repo.RealList);
        var at = Array.IndexOf(bytes, (byte)'\n', bytes.Length / 2) + 1;
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    }
}
