using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Export;
using AwesomeClip.Core.Storage;
using AwesomeClip.Core.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AwesomeClip.Core.Tests.Export;

/// <summary>
/// Edits in the app come back out in the entry's own layout (a bullet, a table row of any columns, a block of lines),
/// change only the lines they must, and read back as the same catalog.
/// </summary>
public sealed class LayoutExportTests
{
    [Theory]
    [InlineData(nameof(ExportFixtures.Bullets))]
    [InlineData(nameof(ExportFixtures.Table))]
    [InlineData(nameof(ExportFixtures.Blocks))]
    [InlineData(nameof(ExportFixtures.Lines))]
    public async Task ShouldWriteAnUnchangedListBackByteForByte(string fixture)
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Named(fixture));

        Assert.Equal(list.Original, await list.ExportAsync());
    }

    [Theory]
    [InlineData(nameof(ExportFixtures.Bullets), "Fast One", "- [Fast One, Revised](https://one.example/), Ann Lee, Bo Chen, CVPR 2021 | [github](https://github.com/a/one) | [bibtex](./citations/one.txt)")]
    [InlineData(nameof(ExportFixtures.Table), "Table One", "| 2021 | CVPR | [code](https://github.com/b/x) | [Table One, Revised](https://t1.example/) | note |")]
    [InlineData(nameof(ExportFixtures.Blocks), "Block One", "**Block One, Revised** \\")]
    [InlineData(nameof(ExportFixtures.Lines), "Line One", "- **Line One, Revised** (2015), A. Author et al. [[pdf]](https://l1.example/one.pdf)")]
    public async Task ShouldChangeOnlyTheEntrysLineWhenItsTitleIsFixed(string fixture, string title, string expectedLine)
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Named(fixture));
        await list.EditAsync(title, p => p.Title += ", Revised");

        var export = await list.ExportAsync();

        var diff = LineDiff.Between(list.Original, export);
        Assert.Single(diff.Removed);
        Assert.Equal([expectedLine], diff.Added);
        await list.AssertReadsBackAsync(export);
    }

    /// <summary>Found by a patch on diffusion-models: a block whose year is only in its date got a "2022." inserted and its date respelled.</summary>
    [Fact]
    public async Task ShouldChangeOnlyTheTitleLineOfABlockWhoseYearIsInItsDate()
    {
        const string list = """
            # Blog Posts

            ## Introductions

            **The Rise of Diffusion** \
            *Ann Lee* \
            [[Website](https://blog.example/rise)] \
            06 Jun 2022

            **Diffusion Explained** \
            *Bo Chen* \
            arXiv 2023. [[Paper](https://arxiv.org/abs/2301.00001)] \
            3 Jan 2023

            """;
        await using var imported = await ImportedList.OfAsync(list);
        await imported.EditAsync("The Rise of Diffusion", p => p.Title = "The Rise of Diffusion, Revised");

        var export = await imported.ExportAsync();

        var diff = LineDiff.Between(list, export);
        Assert.Equal(["**The Rise of Diffusion** \\"], diff.Removed);
        Assert.Equal(["**The Rise of Diffusion, Revised** \\"], diff.Added);
        await imported.AssertReadsBackAsync(export);
    }

    [Fact]
    public async Task ShouldAddALinkWithTheBulletsOwnPunctuation()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);
        await list.EditAsync("Fast Two", p => p.Links.Add(new PaperLink { Position = 5, Kind = LinkKind.Project, Label = "project", Url = "https://two.example/project" }));

        var export = await list.ExportAsync();

        Assert.Equal(["- [Fast Two](https://two.example/), Cy Dee et al., ICCV 2022 | [github](https://github.com/a/two) | [project](https://two.example/project)"],
            LineDiff.Between(list.Original, export).Added);
        await list.AssertReadsBackAsync(export);
    }

    [Fact]
    public async Task ShouldRemoveALinkAndItsSeparator()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);
        await list.EditAsync("Fast One", p => p.Links.RemoveAll(l => l.Kind == LinkKind.Github));

        var export = await list.ExportAsync();

        Assert.Equal(["- [Fast One](https://one.example/), Ann Lee, Bo Chen, CVPR 2021 | [bibtex](./citations/one.txt)"], LineDiff.Between(list.Original, export).Added);
        await list.AssertReadsBackAsync(export);
    }

    [Theory]
    [InlineData(nameof(ExportFixtures.Bullets), "Slow One", "- [Slow One](https://three.example/), Ed Fox, arXiv 2024")]
    [InlineData(nameof(ExportFixtures.Table), "Table Two", "| 2024 | ECCV | - | [Table Two](https://t2.example/) | |")]
    [InlineData(nameof(ExportFixtures.Lines), "Line One", "- **Line One** (2024), A. Author et al. [[pdf]](https://l1.example/one.pdf)")]
    public async Task ShouldWriteANewYearWhereTheEntryWroteItsYear(string fixture, string title, string expectedLine)
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Named(fixture));
        await list.EditAsync(title, p => p.Year = 2024);

        var export = await list.ExportAsync();

        Assert.Contains(expectedLine, LineDiff.Between(list.Original, export).Added);
        await list.AssertReadsBackAsync(export);
    }

    [Fact]
    public async Task ShouldWriteTheVenueAndTheDateOfABlockOnTheirOwnLines()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Blocks);
        await list.EditAsync("Block One", p => (p.Venue, p.Year, p.Month, p.Day) = ("ICCV", 2024, 3, 9));

        var export = await list.ExportAsync();

        var diff = LineDiff.Between(list.Original, export);
        Assert.Equal(["ICCV 2024. [[Paper](https://arxiv.org/abs/2301.00001)] [[Github](https://github.com/c/one)] \\", "9 Mar 2024"], diff.Added);
        await list.AssertReadsBackAsync(export);
    }

    [Theory]
    [InlineData(nameof(ExportFixtures.Bullets), "Slower", "- [New Paper](https://new.example/), Gil Ho, NeurIPS 2024")]
    [InlineData(nameof(ExportFixtures.Table), "Papers", "| 2024 | NeurIPS | - | [New Paper](https://new.example/) | |")]
    [InlineData(nameof(ExportFixtures.Lines), "Lines", "- **New Paper** (2024), Gil Ho, NeurIPS [[pdf]](https://new.example/)")]
    public async Task ShouldWriteANewPaperInTheLayoutOfItsSection(string fixture, string category, string expectedLine)
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Named(fixture));
        var paper = new PaperBuilder().WithTitle("New Paper").WithYear(2024).WithAbstract("").WithVenue("NeurIPS");
        // The table has no authors' column to hold them.
        if (fixture != nameof(ExportFixtures.Table)) paper = paper.WithAuthors("Gil Ho");
        // The lines list links its titles' pdfs after them; the others link the title itself.
        paper = fixture == nameof(ExportFixtures.Lines) ? paper.WithLink("pdf", "https://new.example/") : paper.WithUrl("https://new.example/");
        await list.AddAsync(category, paper.Build(position: 99));

        var export = await list.ExportAsync();

        var diff = LineDiff.Between(list.Original, export);
        Assert.Empty(diff.Removed);
        Assert.True(diff.Added.Contains(expectedLine), diff.ToString());
        await list.AssertReadsBackAsync(export);
    }

    [Fact]
    public async Task ShouldWriteANewPaperOfABlockSectionAsABlock()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Blocks);
        await list.AddAsync("Generation", new PaperBuilder().WithTitle("Block Three").WithYear(2024).WithDate(5, 6).WithAbstract("")
            .WithAuthors("Gil Ho").WithVenue("NeurIPS").WithLink("Paper", "https://arxiv.org/abs/2405.00003").Build(position: 99));

        var export = await list.ExportAsync();

        var added = LineDiff.Between(list.Original, export).Added;
        Assert.Equal(["**Block Three** \\", "*Gil Ho* \\", "NeurIPS 2024. [[Paper](https://arxiv.org/abs/2405.00003)] \\", "6 May 2024"], added.Where(l => l.Length > 0));
        await list.AssertReadsBackAsync(export);
    }

    [Theory]
    [InlineData(nameof(ExportFixtures.Bullets), "Fast One")]
    [InlineData(nameof(ExportFixtures.Table), "Table One")]
    [InlineData(nameof(ExportFixtures.Blocks), "Block One")]
    [InlineData(nameof(ExportFixtures.Lines), "Line One")]
    public async Task ShouldEscapeTextThatLooksLikeMarkupSoThatItReadsBackTheSame(string fixture, string title)
    {
        const string tricky = "Fast <One> *really* | [not a link] _x_ `y` \\ # & &amp;";
        await using var list = await ImportedList.OfAsync(ExportFixtures.Named(fixture));
        await list.EditAsync(title, p => p.Title = tricky);

        var export = await list.ExportAsync();

        var titles = await list.TitlesAfterReimportAsync(export);
        Assert.Contains(tricky, titles);
        Assert.Equal(await list.CountAsync(), titles.Count);
    }

    [Theory]
    [InlineData(nameof(ExportFixtures.Bullets))]
    [InlineData(nameof(ExportFixtures.Table))]
    [InlineData(nameof(ExportFixtures.Blocks))]
    [InlineData(nameof(ExportFixtures.Lines))]
    public async Task ShouldChangeNothingWhenTheAppsOwnExportIsImportedAgain(string fixture)
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Named(fixture));
        var first = await list.InDbAsync(db => db.Papers.OrderBy(p => p.Id).Select(p => p.Title).FirstAsync());
        await list.EditAsync(first, p => (p.Title, p.Authors) = ("XSSPAPER <img src=x onerror=alert(1)> \"quoted\"", "Seán O'Brien, Zoë Ng et al."));
        var category = await list.InDbAsync(db => db.Categories.OrderBy(c => c.Order).FirstAsync());
        await list.InDbAsync(async db =>
        {
            var c = await db.Categories.SingleAsync(x => x.Id == category.Id);
            c.Name = "<svg/onload=alert(1)> & friends";
            await db.SaveChangesAsync();
            return c;
        });
        var before = await list.SnapshotAsync();

        var export = await list.ExportAsync();
        var report = await list.ImportAsync(export);

        Assert.False(report.ChangedAnything, string.Join("\n", report.ToLines()));
        Assert.Equal(before, await list.SnapshotAsync());
        Assert.Equal(export, await list.ExportAsync());
    }

    [Fact]
    public async Task ShouldRenameAHeadingAndADetailsSummaryAndTheirContentsLines()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);
        await list.RenameAsync("Faster", "Quicker");
        await list.RenameAsync("Slower", "Patient");

        var export = await list.ExportAsync();

        var diff = LineDiff.Between(list.Original, export);
        Assert.Equal(["  - [Faster](#faster)", "  - [Slower](#slower)", "### Slower", "<summary>Faster</summary>"], diff.Removed.Order(StringComparer.Ordinal));
        Assert.Equal(["  - [Patient](#patient)", "  - [Quicker](#quicker)", "### Patient", "<summary>Quicker</summary>"], diff.Added.Order(StringComparer.Ordinal));
        await list.AssertReadsBackAsync(export);
    }

    [Fact]
    public async Task ShouldWriteANewSubCategoryUnderItsParentLikeItsSiblings()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets);
        var papers = await list.InDbAsync(db => db.Categories.SingleAsync(c => c.Name == "Papers"));
        await list.InDbAsync(async db =>
        {
            var sub = new Category { Name = "Newest", Slug = "newest", Order = 99, ParentId = papers.Id };
            db.Categories.Add(sub);
            db.Papers.Add(new PaperBuilder().WithTitle("Newest One").WithYear(2024).WithAbstract("").WithUrl("https://newest.example/")
                .WithAuthors("Gil Ho").WithVenue("CVPR").Build(sub));
            await db.SaveChangesAsync();
            return sub;
        });

        var export = await list.ExportAsync();

        var lines = export.Split('\n').ToList();
        var heading = lines.FindIndex(l => l.EndsWith("Newest", StringComparison.Ordinal) && l.StartsWith('#') || l == "<summary>Newest</summary>");
        Assert.True(heading > lines.IndexOf("### Slower"), export);
        Assert.Contains("- [Newest One](https://newest.example/), Gil Ho, CVPR 2024", lines.Skip(heading));
        Assert.Contains("  - [Newest](#newest)", lines);
        await list.AssertReadsBackAsync(export);
    }

    [Fact]
    public async Task ShouldKeepALinkTheCatalogRefusedInTheEntrysTextWhenTheEntryIsEdited()
    {
        await using var list = await ImportedList.OfAsync(ExportFixtures.Bullets.Replace("| [github](https://github.com/a/two)", "| [github](https://github.com/a/two) | [demo](javascript:alert(1))", StringComparison.Ordinal));
        Assert.DoesNotContain(await list.InDbAsync(db => db.Set<PaperLink>().Select(l => l.Url).ToListAsync()), u => u.StartsWith("javascript", StringComparison.Ordinal));
        await list.EditAsync("Fast Two", p => p.Authors = "Cy Dee, Di Eng");

        var export = await list.ExportAsync();

        Assert.Equal(["- [Fast Two](https://two.example/), Cy Dee, Di Eng, ICCV 2022 | [github](https://github.com/a/two) | [demo](javascript:alert(1))"], LineDiff.Between(list.Original, export).Added);
    }
}
