using System.Globalization;
using System.Text;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Import;

/// <summary>
/// Mutated versions of the real list, imported one after the other into one real SQLite catalog: the importer throws
/// nothing but <see cref="ImportRefusedException"/>, and every import leaves a consistent catalog.
/// Reproduce a failure with <c>AWESOMECLIP_FUZZ_SEED=&lt;seed&gt;</c>; <c>AWESOMECLIP_FUZZ_RUNS</c> runs more.
/// </summary>
public sealed class ImporterFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ShouldRefuseOrImportConsistentlyWhateverTheMutations()
    {
        var seed = EnvInt("AWESOMECLIP_FUZZ_SEED") ?? 20_261_127;
        var runs = EnvInt("AWESOMECLIP_FUZZ_RUNS") ?? 100;
        var original = await File.ReadAllBytesAsync(Repo.RealList, TestContext.Current.CancellationToken);
        await using var database = await TestDatabase.CreateAsync();
        var importer = Importers.For(database);
        await importer.ImportFileAsync(Repo.RealList, TestContext.Current.CancellationToken);
        var (imported, refused) = (0, 0);

        for (var run = 0; run < runs; run++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + run)); // not HashCode.Combine: randomised per process, so a seed would not replay
            var (bytes, mutations) = ListMutator.Mutate(original, random);
            try
            {
                var report = await Task.Run(() => importer.ImportAsync($"fuzz-{run}.md", bytes)).WaitAsync(HangGuard, TestContext.Current.CancellationToken);
                await CatalogInvariants.CheckAsync(database, report, bytes);
                imported++;
            }
            catch (ImportRefusedException)
            {
                refused++;
            }
            catch (Exception e)
            {
                var path = Path.Combine(Path.GetTempPath(), $"awesomeclip-fuzz-{seed}-{run}.md");
                await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
                throw new Xunit.Sdk.XunitException(
                    $"seed {seed}, run {run} (AWESOMECLIP_FUZZ_SEED={seed}; input saved to {path}) after {string.Join(", ", mutations)}:\n{e}");
            }
        }

        output.WriteLine($"seed {seed}: {imported} imported, {refused} refused");
        Assert.True(imported > runs / 10, $"seed {seed}: only {imported} of {runs} mutated lists imported; the mutations are too destructive to test much");
    }

    private static int? EnvInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>Random edits of a list's bytes: lines moved, markup characters and odd Unicode inserted, bytes broken.</summary>
internal static class ListMutator
{
    private static readonly string[] Markup = ["|", "[", "]", "(", ")", "*", "**", "_", "`", "<br>", "<img", "<img src=\"./images/x.png\"/>", "\\", "> ", "- ", "## ", "|2023|", "\n", "\r\n", "&amp;", "🧟‍♂️", "](", "[[Paper](https://arxiv.org/abs/2301.00001)]"];

    private static readonly string[] Unicode = ["\u0301", "\u0308\u0308\u0308", "\u200B", "\u200D", "\uFEFF", "\u202E", "\uFFFD", "𝐂𝐋𝐈𝐏", "中文标题", "ﬁ", "\u00A0", "\t", "\u2028"];

    public static (byte[] Bytes, List<string> Mutations) Mutate(byte[] original, Random random)
    {
        var lines = Encoding.UTF8.GetString(original).Split('\n').ToList();
        var mutations = new List<string>();
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(6))
            {
                case 0 when lines.Count > 1:
                    lines.RemoveAt(at);
                    mutations.Add($"delete line {at + 1}");
                    break;
                case 1:
                    lines.Insert(at, lines[at]);
                    mutations.Add($"duplicate line {at + 1}");
                    break;
                case 2:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    mutations.Add($"swap lines {at + 1} and {other + 1}");
                    break;
                case 3:
                    lines[at] = Insert(lines[at], Pick(Markup, random), random, out var markupAt);
                    mutations.Add($"markup into line {at + 1} at {markupAt}");
                    break;
                case 4:
                    lines[at] = Insert(lines[at], Pick(Unicode, random), random, out var unicodeAt);
                    mutations.Add($"unicode into line {at + 1} at {unicodeAt}");
                    break;
                default:
                    lines[at] = Insert(lines[at], new string(Pick(Markup, random)[0], random.Next(2, 40)), random, out var runAt);
                    mutations.Add($"run of markup into line {at + 1} at {runAt}");
                    break;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        switch (random.Next(10))
        {
            case 0:
                var cut = random.Next(bytes.Length);
                mutations.Add($"truncate at byte {cut}");
                return (bytes[..cut], mutations);
            case 1:
                var flip = random.Next(bytes.Length);
                bytes[flip] ^= (byte)(1 << random.Next(8));
                mutations.Add($"flip a bit of byte {flip}");
                return (bytes, mutations);
            case 2:
                // A lone surrogate as UTF-8 would encode it (invalid): ED A0 80.
                var at = random.Next(bytes.Length);
                mutations.Add($"lone surrogate at byte {at}");
                return ([.. bytes[..at], 0xED, 0xA0, 0x80, .. bytes[at..]], mutations);
            default:
                return (bytes, mutations);
        }
    }

    private static string Insert(string line, string text, Random random, out int at)
    {
        at = random.Next(line.Length + 1);
        // Never split a surrogate pair of the line itself: that would test the test, not the importer.
        if (at > 0 && at < line.Length && char.IsLowSurrogate(line[at])) at--;
        return line.Insert(at, text);
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}

/// <summary>What every import must leave behind, whatever the list looked like.</summary>
internal static class CatalogInvariants
{
    public static async Task CheckAsync(TestDatabase database, ImportReport report, byte[] imported)
    {
        await using var db = database.CreateDbContext();
        var categories = await db.Categories.AsNoTracking().ToListAsync();
        var papers = await db.Papers.AsNoTracking().Include(p => p.Links).Include(p => p.Figures).ToListAsync();
        var live = papers.Where(p => p.DeletedAt is null).ToList();
        var liveCategories = categories.Where(c => c.DeletedAt is null).Select(c => c.Id).ToHashSet();

        foreach (var paper in live)
        {
            Assert.True(liveCategories.Contains(paper.CategoryId), $"paper {paper.Id} '{paper.Title}' is in a missing or deleted category");
            Assert.False(string.IsNullOrWhiteSpace(paper.Title), $"paper {paper.Id} has no title");
            Assert.Equal(Enumerable.Range(0, paper.Links.Count), paper.Links.Select(l => l.Position).Order());
            Assert.Equal(Enumerable.Range(0, paper.Figures.Count), paper.Figures.Select(f => f.Position).Order());
        }
        foreach (var group in live.GroupBy(p => p.CategoryId))
            Assert.Equal(Enumerable.Range(0, group.Count()), group.Select(p => p.Position).Order());
        Assert.Equal(categories.Count, categories.Select(c => c.Slug).Distinct(StringComparer.Ordinal).Count());

        // Nothing was edited in the app, so the catalog is exactly the list: the same rows, no duplicates, none lost.
        var rows = report.Changes!.Added.Concat(report.Changes.Changed).Count() + report.Unchanged;
        Assert.Equal(report.Papers, rows);
        Assert.Equal(report.Papers, live.Count);
        var latest = await db.SourceDocuments.OrderByDescending(d => d.Id).Select(d => d.Sha256).FirstAsync();
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(imported)), latest);
    }
}
