using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Export.Patch;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export.Patch;

/// <summary>The patch turns the list as it was last imported into today's export, and says what changed in a pull request's words.</summary>
public sealed class ListPatchBuilderTests
{
    [Fact]
    public async Task ShouldRefuseWhenNothingWasImported()
    {
        await using var database = await TestDatabase.CreateAsync();

        var e = await Assert.ThrowsAsync<PatchRefusedException>(() => Builder(database).CreateAsync(ct: TestContext.Current.CancellationToken));

        Assert.Contains("Import the list first", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldHaveNoChangesRightAfterAnImport()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);

        var patch = await Builder(list.Database).CreateAsync(ct: TestContext.Current.CancellationToken);

        Assert.False(patch.HasChanges);
        Assert.True(patch.Changes.IsEmpty);
        Assert.Equal("No changes since the last import\n\nThe catalog matches the list as it was last imported.\n\nMade with AwesomeClip.\n", patch.Summary);
    }

    [Fact]
    public async Task ShouldChangeOnlyTheLineOfAFixedTitle()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);
        await list.EditAsync("Fast Two", p => p.Title = "Fast Two, Revised");

        var patch = await Builder(list.Database).CreateAsync(ct: TestContext.Current.CancellationToken);

        Assert.Equal((1, 1), (patch.LinesAdded, patch.LinesRemoved));
        Assert.Contains("+- [Fast Two, Revised](https://two.example/)", patch.Diff, StringComparison.Ordinal);
        var changed = Assert.Single(patch.Changes.Changed);
        Assert.Equal(("Fast Two, Revised", "Papers / Faster"), (changed.Title, changed.Section));
        Assert.Equal([PaperField.Title], changed.Fields);
        await AssertAppliesAsync(list, patch);
    }

    [Fact]
    public async Task ShouldApplyWithGitAndSummariseEveryKindOfChange()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);
        await list.EditAsync("Fast One", p => p.Links.Single(l => l.Label == "github").Url = "https://github.com/a/one-moved");
        await list.EditAsync("Slow One", p => p.Venue = "CVPR 2023");
        await list.AddAsync("Slower", new PaperBuilder().WithTitle("Slow Two").WithUrl("https://four.example/").Build());
        await list.InDbAsync(async db =>
        {
            (await db.Papers.SingleAsync(p => p.Title == "Fast Two")).DeletedAt = DateTime.UtcNow;
            return await db.SaveChangesAsync();
        });
        await list.RenameAsync("Slower", "Slow Ones");

        var patch = await Builder(list.Database).CreateAsync(ct: TestContext.Current.CancellationToken);

        await AssertAppliesAsync(list, patch);
        Assert.Equal("Update the list: 1 paper added, 1 changed, 1 removed, 1 link fixed, 1 section added, renamed or removed",
            patch.Summary.Split('\n')[0]);
        Assert.Contains("Papers added (1):\n- Slow Two — Papers / Slow Ones\n", patch.Summary, StringComparison.Ordinal);
        Assert.Contains("Papers changed (1):\n- Slow One — Papers / Slow Ones (venue)\n", patch.Summary, StringComparison.Ordinal);
        Assert.Contains("Papers removed (1):\n- Fast Two — Papers / Faster\n", patch.Summary, StringComparison.Ordinal);
        Assert.Contains("Links fixed (1):\n- Fast One: https://github.com/a/one → https://github.com/a/one-moved\n", patch.Summary, StringComparison.Ordinal);
        Assert.Contains("Sections renamed (1):\n- Slower → Slow Ones\n", patch.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(patch.Changes.Changed, p => p.Title == "Fast One");
        // The new paper has no authors or venue, which a bullet of this list needs to read back as an entry: the export says so.
        Assert.Contains("Written as well as the list's layout allows (1):\n- 'Slow Two'", patch.Summary, StringComparison.Ordinal);
        Assert.Equal((await new ListExporter(list.Database).ExportAsync(TestContext.Current.CancellationToken)).Warnings, patch.ExportWarnings);
        Assert.Single(patch.ExportWarnings);
        Assert.EndsWith("imports back unchanged; exported as well as its section's layout allows.\n\nMade with AwesomeClip.\n", patch.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldNotCountAnEditThatWasUndone()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);
        await list.EditAsync("Fast One", p => p.Title = "Something Else");
        await list.EditAsync("Something Else", p => p.Title = "Fast One");

        var patch = await Builder(list.Database).CreateAsync(ct: TestContext.Current.CancellationToken);

        Assert.False(patch.HasChanges);
        Assert.True(patch.Changes.IsEmpty);
    }

    [Fact]
    public async Task ShouldKeepTheByteOrderMarkOfTheImportedFile()
    {
        await using var database = await TestDatabase.CreateAsync();
        var original = ListExport.Encoding.GetBytes("\uFEFF" + ExportFixtures.Table);
        await Importers.For(database).ImportAsync("README.md", original, TestContext.Current.CancellationToken);
        await using (var db = database.CreateDbContext())
        {
            (await db.Papers.SingleAsync(p => p.Title == "Table One", cancellationToken: TestContext.Current.CancellationToken)).Venue = "ICCV";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var patch = await Builder(database).CreateAsync(ct: TestContext.Current.CancellationToken);

        using var repository = GitRepository.With("README.md", original);
        repository.Apply(patch.DiffBytes());
        var expected = ListExport.Encoding.GetBytes("\uFEFF" + (await new ListExporter(database).ExportAsync(TestContext.Current.CancellationToken)).Markdown);
        Assert.Equal(expected, repository.Read("README.md"));
    }

    [Fact]
    public async Task ShouldNameTheFileWhereItLivesInTheRepository()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);
        await list.EditAsync("Fast Two", p => p.Title = "Fast 2");

        var patch = await Builder(list.Database).CreateAsync("./docs\\fields.md", TestContext.Current.CancellationToken);

        Assert.Equal("docs/fields.md", patch.PathInRepository);
        Assert.StartsWith("diff --git a/docs/fields.md b/docs/fields.md\n", patch.Diff, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../README.md")]
    [InlineData("/etc/README.md")]
    [InlineData("docs/../../x.md")]
    [InlineData(" ")]
    public async Task ShouldRefuseAPathOutsideTheRepository(string path)
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);

        var e = await Assert.ThrowsAsync<PatchRefusedException>(() => Builder(list.Database).CreateAsync(path, TestContext.Current.CancellationToken));

        Assert.Contains("relative path", e.Message, StringComparison.Ordinal);
    }

    private static ListPatchBuilder Builder(TestDatabase database) => new(database, new ListExporter(database));

    private static async Task AssertAppliesAsync(ImportedList list, ListPatch patch)
    {
        using var repository = GitRepository.With("list.md", ListExport.Encoding.GetBytes(list.Original));
        repository.Apply(patch.DiffBytes());
        Assert.Equal(ListExport.Encoding.GetBytes(await list.ExportAsync()), repository.Read("list.md"));
    }
}
