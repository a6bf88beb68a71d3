using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>
/// MatrixBrain/awesome-NeRF (2023-01-30): pipe tables <c>|Year|Conf/Jour|Code|Title|OtherInfo|</c> under headings four
/// levels deep (Papers / NeRF Related Tasks / Image Generation / …), many rows with fewer cells than the header, a Datasets
/// table (<c>Year|Name|Related Paper|Task|Instances|Note</c>), a Talks table (<c>Year|Theme|Speaker/Publisher|Language</c>) and
/// a Blogs table inside an HTML comment. Every expectation is read from the file.
/// </summary>
public sealed class MatrixbrainNerfTests
{
    private const string Name = "matrixbrain-nerf";

    /// <summary>The entries of the list at the commit MANIFEST.tsv names.</summary>
    private const int Entries = 164;

    private static ParsedList List => RealLists.Parse(Name);

    private static LinkValue Code(string label, string url) => new(LinkKind.Github, label, url);

    private static LinkValue ProjectPage(string url) => new(LinkKind.Project, "Project Page", url);

    [RealListFact]
    public void ShouldCountEveryTopLevelSectionOfMatrixbrainNerfAsItsTableRows()
    {
        // Papers: 1 row of its own, Survey 4, NeRF 3+13+19+1+16, NeRF Related Tasks 3+3+17+12+2+11+2+2+8+1+1+5+4+3+3+8+1,
        // Unclassified 4; Datasets 3; Talks 14. The four Blogs rows are inside <!-- … --> and not part of the page.
        Assert.Equal([("Papers", 147), ("Datasets", 3), ("Talks", 14)], RealListChecks.TopLevelCounts(List));
        Assert.Equal(Entries, List.Papers.Count());
    }

    [RealListFact]
    public void ShouldTakeEveryTableRowOfMatrixbrainNerfOutsideTheCommentedBlogs()
    {
        var expected = RealListChecks.LinesWhere(RealLists.Text(Name), (n, line) => Regex.IsMatch(line, @"^\|20\d\d\|") && n is not (>= 353 and <= 360));
        Assert.Equal(Entries, expected.Count);
        Assert.Equal(expected, List.Papers.Select(p => p.SourceLine).Order());
    }

    [RealListFact]
    public void ShouldNestTheCategoriesOfMatrixbrainNerfAsItsHeadingsDo()
    {
        Assert.Equal(
            [
                "Papers (1)", "Papers / Survey (4)",
                "Papers / NeRF (0)", "Papers / NeRF / Data Augmentation (3)", "Papers / NeRF / Few Shot (13)", "Papers / NeRF / Rendering Performance (19)",
                "Papers / NeRF / Theory (1)", "Papers / NeRF / Training & Inference Efficiency (16)",
                "Papers / NeRF Related Tasks (0)", "Papers / NeRF Related Tasks / Deblur & Denoise (3)", "Papers / NeRF Related Tasks / Depth Estimation (3)",
                "Papers / NeRF Related Tasks / Editing (17)", "Papers / NeRF Related Tasks / Face (12)", "Papers / NeRF Related Tasks / High Dynamic Range (HDR) (2)",
                "Papers / NeRF Related Tasks / Human (11)", "Papers / NeRF Related Tasks / Image Generation (0)",
                "Papers / NeRF Related Tasks / Image Generation / Image Generation (2)", "Papers / NeRF Related Tasks / Image Generation / Text & Image Guided Generation (2)",
                "Papers / NeRF Related Tasks / Large Scale Scene (8)", "Papers / NeRF Related Tasks / Pose Misalignment (1)",
                "Papers / NeRF Related Tasks / Reinforcement Learning (1)", "Papers / NeRF Related Tasks / Relighting (5)", "Papers / NeRF Related Tasks / Segmentation (4)",
                "Papers / NeRF Related Tasks / Stylized (3)", "Papers / NeRF Related Tasks / Surface Reconstruction (3)", "Papers / NeRF Related Tasks / Video (8)",
                "Papers / NeRF Related Tasks / View Synthesis Extrapolation (1)",
                "Papers / Unclassified (4)",
                "Datasets (3)", "Talks (14)",
            ],
            RealListChecks.Tree(List));
        var fewShot = List.Categories.Single(c => c.Name == "Few Shot");
        Assert.Equal(["Papers", "NeRF", "Few Shot"], List.PathOf(fewShot));
        Assert.Equal(72, fewShot.SourceLine);
    }

    [RealListFact]
    public void ShouldReportTheTableOfContentsOfMatrixbrainNerfAsContents()
    {
        // "## Table of Contents" holds only links into the page: the role the report has for a table of contents.
        Assert.Equal(SectionRole.Contents, List.Sections.Single(s => s.Line == 10).Role);
    }

    [RealListFact]
    public void ShouldNotMakeContributingContentsAcknowledgmentOrTeamOfMatrixbrainNerfCategories()
    {
        string[] boilerplate = ["Contributing", "Table of Contents", "Acknowledgment", "Team", "Team Members", "Contributors", "Blogs"];
        Assert.DoesNotContain(List.Categories, c => boilerplate.Contains(c.Name));
        Assert.Equal(SectionRole.Boilerplate, List.Sections.Single(s => s.Line == 4).Role);
        Assert.Equal(SectionRole.Boilerplate, List.Sections.Single(s => s.Line == 362).Role);
        Assert.Equal(SectionRole.Boilerplate, List.Sections.Single(s => s.Line == 365).Role);
        Assert.Equal("Awesome Neural Radiance Fields (NeRF)", List.Info.Title);
        Assert.StartsWith("A curated list of awesome neural radiance fields (NeRF) papers. All papers are grouped", List.Info.Intro);
    }

    [RealListFact]
    public void ShouldReadTheRowOfPapersItselfWithItsTwoCodeLinksAndItsProjectPage()
    {
        new ExpectedEntry(51, "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis")
        {
            Url = "https://dl.acm.org/doi/pdf/10.1145/3503250",
            Venue = "ECCV",
            Year = 2020,
            YearSource = YearSource.YearColumn,
            Links = [Code("TF", "https://github.com/bmild/nerf"), Code("Torch", "https://github.com/yenchenlin/nerf-pytorch"), ProjectPage("https://www.matthewtancik.com/nerf")],
            Layout = EntryLayout.TableRow,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldKeepAJournalNameAsWrittenAndShortenItForTheFacet()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(57, "Advances in Neural Rendering")
            {
                Url = "https://arxiv.org/pdf/2111.05849.pdf",
                Venue = "Computer Graphics Forum",
                ShortVenue = "CGF",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                ArxivId = "2111.05849",
                Layout = EntryLayout.TableRow,
            },
            new ExpectedEntry(124, "Instant Neural Graphics Primitives with a Multiresolution Hash Encoding")
            {
                Url = "https://arxiv.org/pdf/2201.05989.pdf",
                Venue = "ACM TOG",
                ShortVenue = "TOG",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                Links = [new(LinkKind.Code, "Code", "https://github.com/NVlabs/instant-ngp"), ProjectPage("https://nvlabs.github.io/instant-ngp/")],
                ArxivId = "2201.05989",
                Layout = EntryLayout.TableRow,
            });
    }

    [RealListFact]
    public void ShouldReadADashVenueAsNoVenue()
    {
        new ExpectedEntry(58, "NeRF: Neural Radiance Field in 3D Vision, A Comprehensive Review")
        {
            Url = "https://arxiv.org/pdf/2210.00379.pdf",
            Year = 2022,
            YearSource = YearSource.YearColumn,
            ArxivId = "2210.00379",
            Layout = EntryLayout.TableRow,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadRowsWithFewerCellsThanTheHeaderAsIfTheMissingCellsWereEmpty()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(68, "GeoAug: Data Augmentation for Few-Shot NeRF with Geometry Constrains")
            {
                Url = "https://www.ecva.net/papers/eccv_2022/papers_ECCV/papers/136770326.pdf",
                Venue = "ECCV",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                Layout = EntryLayout.TableRow,
            },
            new ExpectedEntry(81, "RegNeRF: Regularizing Neural Radiance Fields for View Synthesis from Sparse Inputs")
            {
                Url = "https://openaccess.thecvf.com/content/CVPR2022/papers/Niemeyer_RegNeRF_Regularizing_Neural_Radiance_Fields_for_View_Synthesis_From_Sparse_CVPR_2022_paper.pdf",
                Venue = "CVPR",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                Links = [new(LinkKind.Code, "TF", "https://m-niemeyer.github.io/regnerf")], // a code column's link that is not on GitHub
                Layout = EntryLayout.TableRow,
            },
            new ExpectedEntry(323, "CodeNeRF: Disentangled Neural Radiance Fields for Object Categories")
            {
                Url = "https://openaccess.thecvf.com/content/ICCV2021/papers/Jang_CodeNeRF_Disentangled_Neural_Radiance_Fields_for_Object_Categories_ICCV_2021_paper.pdf",
                Venue = "ICCV",
                Year = 2021,
                YearSource = YearSource.YearColumn,
                Links = [Code("Torch", "https://github.com/wbjang/code-nerf")],
                Layout = EntryLayout.TableRow,
            });
    }

    [RealListFact]
    public void ShouldReadAComingSoonCodeLinkAndAnOpenReviewTitleLink()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(77, "ActiveNeRF: Learning where to See with Uncertainty Estimation")
            {
                Url = "https://arxiv.org/pdf/2209.08546.pdf",
                Venue = "ECCV",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                Links = [Code("Comming Soon", "https://github.com/LeapLabTHU/ActiveNeRF")],
                ArxivId = "2209.08546",
                Layout = EntryLayout.TableRow,
            },
            new ExpectedEntry(96, "Neural Transmitted Radiance Fields")
            {
                Url = "https://openreview.net/pdf?id=KglFYlTiASW",
                Venue = "NeurIPS",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                Layout = EntryLayout.TableRow,
            });
    }

    [RealListFact]
    public void ShouldReadTheDatasetsTableWithItsTaskAndInstancesAsExtraColumns()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(330, "PeRFception")
            {
                Url = "https://postech-cvlab.github.io/PeRFception/",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                Links = [new(LinkKind.Paper, "PeRFception: Perception using Radiance Fields", "https://openreview.net/pdf?id=MzaPEKHv-0J")],
                Extras = [new("Task", "2D classification, 3D classification, 3D segmentation"), new("Instances", "19k")],
                Layout = EntryLayout.TableRow,
            },
            new ExpectedEntry(331, "NeuS-DATA")
            {
                Url = "https://drive.google.com/drive/folders/1Nlzejs4mfPuJYORLbDEUDWlc9IZIbU0C",
                Year = 2021,
                YearSource = YearSource.YearColumn,
                Links = [new(LinkKind.Paper, "NeuS: Learning Neural Implicit Surfaces by Volume Rendering for Multi-view Reconstruction", "https://arxiv.org/pdf/2106.10689.pdf")],
                Extras = [new("Task", "Surface Reconstruction"), new("Instances", "-")],
                ArxivId = "2106.10689",
                Layout = EntryLayout.TableRow,
            },
            new ExpectedEntry(332, "NeRF-DATA")
            {
                Url = "https://drive.google.com/drive/folders/128yBriW1IG_3NJ5Rp7APSTZsJqdJdfc1",
                Year = 2020,
                YearSource = YearSource.YearColumn,
                Links = [new(LinkKind.Paper, "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis", "https://dl.acm.org/doi/pdf/10.1145/3503250")],
                Extras = [new("Task", "View Synthesis"), new("Instances", "-")],
                Commentary = "Benchmark",
                Layout = EntryLayout.TableRow,
            });
    }

    [RealListFact]
    public void ShouldReadTheTalksTableWithItsSpeakerAsAuthorsAndItsLanguageAsAnExtraColumn()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(338, "TensoRF: Tensorial Radiance Fields")
            {
                Url = "https://www.youtube.com/watch?v=ujOMgaKV3lA",
                Authors = "Zexiang Xu",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                Extras = [new("Language", "EN")],
                Layout = EntryLayout.TableRow,
            },
            new ExpectedEntry(340, "[NeRF-OSR, ECCV 2022] NeRF for Outdoor Scene Relighting")
            {
                Url = "https://www.youtube.com/watch?v=V8h77YMcxTg",
                Authors = "Vlad Golyanik (4DQV)",
                Year = 2022,
                YearSource = YearSource.YearColumn,
                Extras = [new("Language", "EN")],
                Layout = EntryLayout.TableRow,
            },
            new ExpectedEntry(348, "Michael Niemeyer: Generative Neural Scene Representations 3D Representation Seminar")
            {
                Url = "https://www.youtube.com/watch?v=scnXyCSMJF4",
                Authors = "Yen-Chen Lin",
                Year = 2021,
                YearSource = YearSource.YearColumn,
                Extras = [new("Language", "EN")],
                Layout = EntryLayout.TableRow,
            });
    }

    [RealListFact]
    public void ShouldReportOnlyThePullRequestLinkOfContributingAsSkipped()
    {
        // "[Submit a Pull Request](./submit-pr.md)" under "## Contributing" reads like an entry and is rightly left out;
        // the team's profile links are not entries at all, and no table row is skipped.
        Assert.True(RealListChecks.SkippedLines(List).SequenceEqual([8]), RealListChecks.SkippedReport(List));
    }

    [RealListFact]
    public async Task ShouldExportMatrixbrainNerfByteForByte()
    {
        await RealListChecks.AssertExportsByteForByteAsync(RealLists.Readme(Name));
    }
}
