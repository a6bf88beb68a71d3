using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Export.Patch;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export.Patch;

/// <summary>On real lists, a maintainer's few edits become a patch of a few lines that <c>git apply</c> takes on the real README.</summary>
public sealed class RealListPatchTests
{
    [RealListTheory]
    [InlineData("awesome-nerf")]
    [InlineData("matrixbrain-nerf")]
    [InlineData("diffusion-models")]
    [InlineData("yzhuoning-clip")]
    [InlineData("deep-learning-papers")]
    [InlineData("cvpr2024-code")]
    public async Task ShouldPatchTheRealReadmeWithOnlyTheEditedLines(string list) => await AssertPatchesAsync(await File.ReadAllBytesAsync(RealLists.Readme(list)));

    [RealListTheory]
    [InlineData("awesome-nerf")]
    [InlineData("matrixbrain-nerf")]
    [InlineData("diffusion-models")]
    [InlineData("yzhuoning-clip")]
    [InlineData("deep-learning-papers")]
    [InlineData("cvpr2024-code")]
    public async Task ShouldPatchAFixedLinkWithOnlyItsLine(string list)
    {
        var readme = await File.ReadAllBytesAsync(RealLists.Readme(list));
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportAsync("README.md", readme);
        await using (var db = database.CreateDbContext())
        {
            var withLinks = await db.Papers.Include(p => p.Links).Where(p => p.Links.Any()).OrderBy(p => p.Id).ToListAsync();
            foreach (var paper in Enumerable.Range(0, 5).Select(i => withLinks[(int)((i + 0.5) * withLinks.Count / 5)]))
            {
                var link = paper.Links.OrderBy(l => l.Position).Last();
                link.Url = link.Url.TrimEnd('/') + "/moved";
                paper.UpdatedAt = DateTime.UtcNow;
            }
            await db.SaveChangesAsync();
        }

        var patch = await new ListPatchBuilder(database, new ListExporter(database)).CreateAsync();

        Assert.Equal((5, 5), (patch.LinesRemoved, patch.LinesAdded));
        Assert.Equal(5, patch.Changes.LinksFixed.Count);
        Assert.Empty(patch.Changes.Changed);
        using var repository = GitRepository.With("README.md", readme);
        repository.Apply(patch.DiffBytes());
    }

    [Fact]
    public async Task ShouldPatchTheShippedListWithOnlyTheEditedLines() =>
        await AssertPatchesAsync(await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "data", "awesome-clip.md"), TestContext.Current.CancellationToken));

    private static async Task AssertPatchesAsync(byte[] readme)
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportAsync("README.md", readme);
        var edited = new List<string>();
        await using (var db = database.CreateDbContext())
        {
            // Five papers spread over the list: each is one line of the list, whatever its layout.
            var papers = await db.Papers.OrderBy(p => p.Id).ToListAsync();
            foreach (var paper in Enumerable.Range(0, 5).Select(i => papers[(int)((i + 0.5) * papers.Count / 5)]))
            {
                edited.Add(paper.Title += " (revised)");
                paper.UpdatedAt = DateTime.UtcNow;
            }
            await db.SaveChangesAsync();
        }

        var patch = await new ListPatchBuilder(database, new ListExporter(database)).CreateAsync();

        Assert.Equal((5, 5), (patch.LinesRemoved, patch.LinesAdded));
        Assert.Equal(edited.Order(), patch.Changes.Changed.Where(p => p.Fields.SequenceEqual([PaperField.Title])).Select(p => p.Title).Order());
        using var repository = GitRepository.With("README.md", readme);
        repository.Apply(patch.DiffBytes());
        Assert.Equal(ListExport.Encoding.GetBytes((await new ListExporter(database).ExportAsync()).Markdown), repository.Read("README.md"));
    }
}
