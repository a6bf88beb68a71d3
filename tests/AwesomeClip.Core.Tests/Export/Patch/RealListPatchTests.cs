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
    [InlineData("yzhuoning-clip")]
    [InlineData("deep-learning-papers")]
    [InlineData("cvpr2024-code")]
    public async Task ShouldPatchTheRealReadmeWithOnlyTheEditedLines(string list) => await AssertPatchesAsync(await File.ReadAllBytesAsync(RealLists.Readme(list)));

    [Fact]
    public async Task ShouldPatchTheShippedListWithOnlyTheEditedLines() =>
        await AssertPatchesAsync(await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "data", "awesome-clip.md")));

    private static async Task AssertPatchesAsync(byte[] readme)
    {
        await using var database = await TestDatabase.CreateAsync();
        await Importers.For(database).ImportAsync("README.md", readme);
        string edited;
        await using (var db = database.CreateDbContext())
        {
            var paper = await db.Papers.OrderBy(p => p.Id).Skip(3).FirstAsync();
            edited = paper.Title += " (revised)";
            paper.UpdatedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        var patch = await new ListPatchBuilder(database, new ListExporter(database)).CreateAsync();

        Assert.InRange(patch.LinesRemoved, 1, 2);
        Assert.Equal(patch.LinesRemoved, patch.LinesAdded);
        Assert.Contains(patch.Changes.Changed, p => p.Title == edited && p.Fields.SequenceEqual([PaperField.Title]));
        using var repository = GitRepository.With("README.md", readme);
        repository.Apply(patch.DiffBytes());
        Assert.Equal(ListExport.Encoding.GetBytes((await new ListExporter(database).ExportAsync()).Markdown), repository.Read("README.md"));
    }
}
