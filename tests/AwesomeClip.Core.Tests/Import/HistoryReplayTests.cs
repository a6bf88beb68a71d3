using System.Diagnostics;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Import;

/// <summary>Replays every version of the list, in order, into one catalog.</summary>
public sealed class HistoryReplayTests(ITestOutputHelper output)
{
    [HistoryFact]
    public async Task ShouldEndLikeAFreshImportOfTheLastVersionWhenEveryVersionIsImportedInOrder()
    {
        var versions = History.Versions().Skip(1).ToList(); // 001 holds no paper and is refused
        Assert.True(versions.Count >= History.VersionCount - 1, $"expected the {History.VersionCount} versions in {History.Folder}, found {versions.Count + 1}");
        var watch = Stopwatch.StartNew();

        await using var database = await TestDatabase.CreateAsync();
        var importer = Importers.For(database);
        var problems = new List<string>();
        Dictionary<string, List<int>>? previous = null;
        int added = 0, changed = 0, removed = 0, checkedIds = 0;
        var refused = new List<string>();
        foreach (var version in versions)
        {
            var name = Path.GetFileName(version);
            ImportReport report;
            try
            {
                report = await importer.ImportFileAsync(version);
            }
            catch (ImportRefusedException) when (!ListParser.Parse(File.ReadAllText(version)).Papers.Any())
            {
                refused.Add(name); // no row the parser accepts (002 and 003 have a row without a year row): the catalog stays as it is
                continue;
            }
            added += report.Added;
            changed += report.Updated;
            removed += report.Removed;

            await using var db = database.CreateDbContext();
            var live = await db.Papers.Where(p => p.DeletedAt == null).Select(p => new { p.Id, p.Title }).ToListAsync();
            if (live.Count != report.Papers) problems.Add($"{name}: {live.Count} papers in the catalog for {report.Papers} rows in the list");

            var byTitle = live.GroupBy(p => p.Title).ToDictionary(g => g.Key, g => g.Select(p => p.Id).Order().ToList());
            if (previous is not null)
            {
                foreach (var (title, ids) in byTitle)
                {
                    if (!previous.TryGetValue(title, out var before)) continue;
                    checkedIds += Math.Min(ids.Count, before.Count);
                    var (small, large) = ids.Count <= before.Count ? (ids, before) : (before, ids);
                    if (!small.All(large.Contains)) problems.Add($"{name}: '{title}' was #{string.Join(",", before)}, is now #{string.Join(",", ids)}");
                }
            }
            previous = byTitle;
        }
        var replayed = await CatalogOf(database);
        var replayTime = watch.Elapsed;

        await using var fresh = await TestDatabase.CreateAsync();
        await Importers.For(fresh).ImportFileAsync(versions[^1]);
        var expected = await CatalogOf(fresh);

        output.WriteLine($"{versions.Count} versions replayed in {replayTime.TotalSeconds:0.0} s: {added} added, {changed} changed, {removed} removed; {checkedIds} ids checked across consecutive versions; refused (no paper): {string.Join(", ", refused)}.");
        foreach (var p in problems) output.WriteLine(p);
        Assert.Empty(problems);
        Assert.Equal(expected.Categories, replayed.Categories);
        Assert.Equal(expected.Papers.Count, replayed.Papers.Count);
        for (var i = 0; i < expected.Papers.Count; i++) Assert.Equal(expected.Papers[i], replayed.Papers[i]);
    }

    private static async Task<(List<string> Categories, List<string> Papers)> CatalogOf(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var categories = await db.Categories.Where(c => c.DeletedAt == null).OrderBy(c => c.Order).ToListAsync();
        var papers = await db.Papers.Where(p => p.DeletedAt == null).Include(p => p.Category).Include(p => p.Links).Include(p => p.Figures)
            .AsSplitQuery().ToListAsync();
        var rows = papers
            .OrderBy(p => p.Category.Order).ThenBy(p => p.Position)
            .Select(p => string.Join(" | ",
                p.Category.Name, p.Position, p.Title, p.Year, p.Abstract, p.Commentary, p.GithubRepo, p.ArxivId,
                string.Join(" ", p.Links.OrderBy(l => l.Position).Select(l => $"[{l.Kind}:{l.Label}]({l.Url})")),
                string.Join(" ", p.Figures.OrderBy(f => f.Position).Select(f => f.Path))))
            .ToList();
        return (categories.Select(c => $"{c.Order}: {c.Name}").ToList(), rows);
    }
}
