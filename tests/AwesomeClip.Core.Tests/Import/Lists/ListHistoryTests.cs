using AwesomeClip.Core.Export;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>
/// The histories of awesome-nerf (12 versions, 2020-11-27 → 2025-01-05) and matrixbrain-nerf (8 versions, 2022-09-19 →
/// 2023-01-30): each version round-trips on its own, and replaying them in order into one catalog keeps ids and ends where
/// a fresh import of the newest version does.
/// </summary>
public sealed class ListHistoryTests(ITestOutputHelper output)
{
    /// <summary>
    /// Versions that hold no entry, read from the files: awesome-nerf/history/001.md is the line "# awesome-nerf";
    /// matrixbrain-nerf/history/001.md is its title and one sentence. Every other version has papers.
    /// </summary>
    private static readonly Dictionary<string, string[]> WithoutEntries = new(StringComparer.Ordinal)
    {
        ["awesome-nerf"] = ["001.md"],
        ["matrixbrain-nerf"] = ["001.md"],
    };

    private static readonly Dictionary<string, int> VersionCounts = new(StringComparer.Ordinal)
    {
        ["awesome-nerf"] = 12,
        ["matrixbrain-nerf"] = 8,
    };

    public static TheoryData<string> Lists => new(VersionCounts.Keys);

    public static TheoryData<string, string> Versions
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var list in VersionCounts.Keys)
            {
                foreach (var version in RealLists.Versions(list)) data.Add(list, Path.GetFileName(version));
            }
            return data;
        }
    }

    [RealListTheory]
    [MemberData(nameof(Lists))]
    public void ShouldFindEveryVersionOfTheHistory(string list)
    {
        var versions = RealLists.Versions(list).Select(Path.GetFileName).ToList();
        Assert.Equal(Enumerable.Range(1, VersionCounts[list]).Select(n => $"{n:000}.md"), versions);
    }

    [RealListTheory]
    [MemberData(nameof(Versions))]
    public async Task ShouldReproduceEveryHistoryVersionByteForByteOrRefuseOneWithoutEntries(string list, string version)
    {
        var path = RealLists.Version(list, version);
        if (WithoutEntries[list].Contains(version))
        {
            await using var database = await TestDatabase.CreateAsync();
            await Assert.ThrowsAsync<ImportRefusedException>(() => Importers.For(database).ImportFileAsync(path));
            return;
        }
        await RealListChecks.AssertExportsByteForByteAsync(path);
    }

    [RealListTheory]
    [MemberData(nameof(Lists))]
    public async Task ShouldKeepIdsAndEndLikeAFreshImportOfTheNewestWhenEveryVersionIsReplayedInOrder(string list)
    {
        var versions = RealLists.Versions(list);
        await using var database = await ReplayAsync(list, versions);

        var replayed = await SnapshotAsync(database);
        await using var fresh = await TestDatabase.CreateAsync();
        await Importers.For(fresh).ImportFileAsync(versions[^1]);
        var expected = await SnapshotAsync(fresh);
        Assert.Equal(expected.Categories, replayed.Categories);
        Assert.Equal(expected.Papers.Count, replayed.Papers.Count);
        for (var i = 0; i < expected.Papers.Count; i++) Assert.Equal(expected.Papers[i], replayed.Papers[i]);
    }

    [RealListTheory]
    [MemberData(nameof(Lists))]
    public async Task ShouldExportTheNewestVersionByteForByteAfterEveryVersionIsReplayedInOrder(string list)
    {
        var versions = RealLists.Versions(list);
        await using var database = await ReplayAsync(list, versions);

        var export = await new ListExporter(database).ExportAsync();
        RealListChecks.AssertSameBytes(await File.ReadAllBytesAsync(versions[^1]), export);
    }

    /// <summary>
    /// Imports every version, oldest first, into one catalog: the versions without entries are refused, and a paper whose
    /// title is the same in two consecutive versions keeps its id.
    /// </summary>
    private async Task<TestDatabase> ReplayAsync(string list, IReadOnlyList<string> versions)
    {
        Assert.Equal(VersionCounts[list], versions.Count);
        var database = await TestDatabase.CreateAsync();
        try
        {
            await ReplayIntoAsync(database, list, versions);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    private async Task ReplayIntoAsync(TestDatabase database, string list, IReadOnlyList<string> versions)
    {
        var importer = Importers.For(database);
        var problems = new List<string>();
        Dictionary<string, List<int>>? previous = null;
        var checkedIds = 0;
        foreach (var version in versions)
        {
            var name = Path.GetFileName(version);
            if (WithoutEntries[list].Contains(name))
            {
                await Assert.ThrowsAsync<ImportRefusedException>(() => importer.ImportFileAsync(version));
                continue;
            }
            var report = await importer.ImportFileAsync(version);
            output.WriteLine($"{list}/{name}: {report.Papers} papers, {report.Added} added, {report.Updated} updated, {report.Removed} removed");

            await using var db = database.CreateDbContext();
            var live = await db.Papers.Where(p => p.DeletedAt == null).Select(p => new { p.Id, p.Title }).ToListAsync();
            if (live.Count != report.Papers) problems.Add($"{name}: {live.Count} papers in the catalog for {report.Papers} entries in the list");
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
        output.WriteLine($"{checkedIds} ids checked across consecutive versions");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(checkedIds > 0, "no title was kept from one version to the next");
    }

    /// <summary>The live categories (order, path from the top, so their parents) and papers with every field a reader sees.</summary>
    private static async Task<(List<string> Categories, List<string> Papers)> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateDbContext();
        var categories = await db.Categories.Where(c => c.DeletedAt == null).OrderBy(c => c.Order).ToListAsync();
        var byId = categories.ToDictionary(c => c.Id);
        string PathOf(int id)
        {
            var names = new List<string>();
            for (int? at = id; at is { } a && byId.TryGetValue(a, out var c); at = c.ParentId) names.Insert(0, c.Name);
            return string.Join(" / ", names);
        }
        var papers = await db.Papers.Where(p => p.DeletedAt == null).Include(p => p.Links).Include(p => p.Figures).AsSplitQuery().ToListAsync();
        var rows = papers
            .OrderBy(p => byId[p.CategoryId].Order).ThenBy(p => p.Position)
            .Select(p => string.Join(" | ",
                PathOf(p.CategoryId), p.Position, p.Title, p.Url, p.Authors, p.Venue, p.Year, p.Month, p.Day, p.Abstract, p.Commentary,
                p.GithubRepo, p.ArxivId,
                string.Join(" ", p.Links.OrderBy(l => l.Position).Select(l => $"[{l.Kind}:{l.Label}]({l.Url})")),
                string.Join(" ", p.Figures.OrderBy(f => f.Position).Select(f => f.Path)),
                string.Join(" ", p.Extras.Select(e => $"{e.Label}={e.Text}"))))
            .ToList();
        return (categories.Select(c => $"{c.Order}: {PathOf(c.Id)} (parent {(c.ParentId is { } parent && byId.TryGetValue(parent, out var pc) ? pc.Name : "none")})").ToList(), rows);
    }
}
