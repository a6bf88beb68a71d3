using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>
/// hee9joon/Awesome-Diffusion-Models (2023-11-05, 0.7 MB): 2,975 blocks of <c>**Title** \</c>, <c>*Authors* \</c>,
/// <c>Venue Year. [[Paper](…)] [[Github](…)] \</c>, <c>16 Oct 2023</c>, under <c># Resources</c> and <c># Papers</c> with
/// sections three levels deep (Papers / Vision / Generation). No title heading: the list opens with badges and
/// <c>## Contents</c>. Every expectation is read from the file; the file is parsed once for the run.
/// </summary>
public sealed class DiffusionModelsTests
{
    private const string Name = "diffusion-models";

    /// <summary>The entries of the list at the commit MANIFEST.tsv names.</summary>
    private const int Entries = 2975;

    private static ParsedList List => RealLists.Parse(Name);

    private static LinkValue Paper(string url) => new(LinkKind.Paper, "Paper", url);

    private static LinkValue Github(string url) => new(LinkKind.Github, "Github", url);

    [RealListFact]
    public void ShouldCountEveryTopLevelSectionOfDiffusionModelsAsItsBoldTitles()
    {
        // Resources: 12 posts + 2 papers + 5 videos + 2 lectures + 17 tutorials; Papers: every bold title from line 241 on.
        Assert.Equal([("Resources", 38), ("Papers", 2937)], RealListChecks.TopLevelCounts(List));
        Assert.Equal(Entries, List.Papers.Count());
    }

    [RealListFact]
    public void ShouldTakeEveryBoldTitleOfDiffusionModelsAsOneBlock()
    {
        var expected = RealListChecks.LinesWhere(RealLists.Text(Name), (_, line) => Regex.IsMatch(line, @"^\s*\*\*"));
        Assert.Equal(Entries, expected.Count);
        Assert.Equal(expected, List.Papers.Select(p => p.SourceLine).Order());
        Assert.All(List.Papers, p => Assert.Equal(EntryLayout.Block, p.Layout));
    }

    [RealListFact]
    public void ShouldReportTheTableOfContentsOfDiffusionModelsAsContents()
    {
        // "## Contents" holds only links into the page: the role the report has for a table of contents.
        Assert.Equal(SectionRole.Contents, List.Sections.Single(s => s.Line == 9).Role);
    }

    [RealListFact]
    public void ShouldNestPapersVisionGenerationAndTheOtherSectionsOfDiffusionModels()
    {
        Assert.Equal(
            [
                "Resources (0)", "Resources / Introductory Posts (12)", "Resources / Introductory Papers (2)", "Resources / Introductory Videos (5)",
                "Resources / Introductory Lectures (2)", "Resources / Tutorial and Jupyter Notebook (17)",
                "Papers (0)", "Papers / Survey (22)",
                "Papers / Vision (0)", "Papers / Vision / Generation (370)", "Papers / Vision / Classification (54)", "Papers / Vision / Segmentation (83)",
                "Papers / Vision / Image Translation (65)", "Papers / Vision / Inverse Problems (239)", "Papers / Vision / Medical Imaging (201)",
                "Papers / Vision / Multi-modal Learning (682)", "Papers / Vision / 3D Vision (288)", "Papers / Vision / Adversarial Attack (67)",
                "Papers / Vision / Miscellany (254)",
                "Papers / Audio (0)", "Papers / Audio / Generation (47)", "Papers / Audio / Conversion (11)", "Papers / Audio / Enhancement (34)",
                "Papers / Audio / Separation (8)", "Papers / Audio / Text-to-Speech (51)", "Papers / Audio / Miscellany (17)",
                "Papers / Natural Language (56)",
                "Papers / Tabular and Time Series (0)", "Papers / Tabular and Time Series / Generation (20)", "Papers / Tabular and Time Series / Forecasting (15)",
                "Papers / Tabular and Time Series / Imputation (9)", "Papers / Tabular and Time Series / Miscellany (24)",
                "Papers / Graph (0)", "Papers / Graph / Generation (26)", "Papers / Graph / Molecular and Material Generation (71)",
                "Papers / Reinforcement Learning (57)", "Papers / Theory (85)", "Papers / Applications (81)",
            ],
            RealListChecks.Tree(List));
        var generation = List.Categories.Single(c => c.SourceLine == 352);
        Assert.Equal(["Papers", "Vision", "Generation"], List.PathOf(generation));
        Assert.DoesNotContain(List.Categories, c => c.Name == "Contents");
    }

    [RealListFact]
    public void ShouldReadAPostWithAHandleInItsAuthorsAndADayMonthYearDate()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(53, ":fast_forward: DiffusionFastForward: 01-Diffusion-Theory")
            {
                Authors = "Mikolaj Czerkawski (@mikonvergence)",
                Year = 2023,
                Month = 2,
                Day = 4,
                YearSource = YearSource.Date,
                Links = [new(LinkKind.Project, "Website", "https://github.com/mikonvergence/DiffusionFastForward/blob/master/notes/01-Diffusion-Theory.md")],
                Layout = EntryLayout.Block,
                LineCount = 4,
            },
            new ExpectedEntry(63, "A Path to the Variational Diffusion Loss")
            {
                Authors = "Alex Alemi",
                Year = 2022,
                Month = 9,
                Day = 15,
                YearSource = YearSource.Date,
                Links =
                [
                    new(LinkKind.Project, "Website", "https://blog.alexalemi.com/diffusion.html"),
                    new(LinkKind.Code, "Colab", "https://colab.research.google.com/github/google-research/vdm/blob/main/colab/SimpleDiffusionColab.ipynb"),
                ],
                Layout = EntryLayout.Block,
                LineCount = 4,
            });
    }

    [RealListFact]
    public void ShouldReadTwoWebsitePartsAndAuthorsJoinedByAnd()
    {
        new ExpectedEntry(83, "Improving Diffusion Models as an Alternative To GANs")
        {
            Authors = "Arash Vahdat and Karsten Kreis",
            Year = 2022,
            Month = 4,
            Day = 26,
            YearSource = YearSource.Date,
            Links =
            [
                new(LinkKind.Other, "Website-Part 1", "https://developer.nvidia.com/blog/improving-diffusion-models-as-an-alternative-to-gans-part-1/"),
                new(LinkKind.Other, "Website-Part 2", "https://developer.nvidia.com/blog/improving-diffusion-models-as-an-alternative-to-gans-part-2/"),
            ],
            Layout = EntryLayout.Block,
            LineCount = 4,
            Unchecked = Unchecked.LinkKinds, // a website in two parts: Project or Other are both fair
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldPreferTheDateToTheVenueYearWhenTheyDiffer()
    {
        // "arXiv 2022." above "9 Jan 2021": the date is the entry's own, and the list is sorted by it.
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(120, "How to Train Your Energy-Based Models")
            {
                Authors = "Yang Song, Diederik P. Kingma",
                Venue = "arXiv",
                Year = 2021,
                Month = 1,
                Day = 9,
                YearSource = YearSource.Date,
                Links = [Paper("https://arxiv.org/abs/2101.03288")],
                ArxivId = "2101.03288",
                Layout = EntryLayout.Block,
                LineCount = 4,
            },
            new ExpectedEntry(2124, "SDEdit: Guided Image Synthesis and Editing with Stochastic Differential Equations")
            {
                Authors = "Chenlin Meng, Yutong He, Yang Song, Jiaming Song, Jiajun Wu, Jun-Yan Zhu, Stefano Ermon",
                Venue = "ICLR",
                Year = 2021,
                Month = 8,
                Day = 2,
                YearSource = YearSource.Date,
                Links = [Paper("https://arxiv.org/abs/2108.01073"), new(LinkKind.Project, "Project", "https://sde-image-editing.github.io/"), Github("https://github.com/ermongroup/SDEdit")],
                ArxivId = "2108.01073",
                Layout = EntryLayout.Block,
                LineCount = 4,
            });
    }

    [RealListFact]
    public void ShouldReadAVideoAndALectureWithTheirSpeakers()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(127, ":fast_forward: DiffusionFastForward")
            {
                Authors = "Mikolaj Czerkawski (@mikonvergence)",
                Year = 2023,
                Month = 3,
                Day = 4,
                YearSource = YearSource.Date,
                Links = [new(LinkKind.Video, "Video", "https://www.youtube.com/playlist?list=PL5RHjmn-MVHDMcqx-SI53mB7sFOqPK6gN")],
                Layout = EntryLayout.Block,
                LineCount = 4,
            },
            new ExpectedEntry(159, "Diffusion Probabilistic Models")
            {
                Authors = "Jascha Sohl-Dickstein, MIT 6.S192 - Lecture 22",
                Year = 2022,
                Month = 4,
                Day = 19,
                YearSource = YearSource.Date,
                Links = [new(LinkKind.Video, "Video", "https://www.youtube.com/watch?v=XCUlnHP1TNM")],
                Layout = EntryLayout.Block,
                LineCount = 4,
            });
    }

    [RealListFact]
    public void ShouldReadABlockWhoseLinkLinesHaveNoTrailingBackslash()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(166, ":fast_forward: DiffusionFastForward: train from scratch in colab")
            {
                Authors = "Mikolaj Czerkawski (@mikonvergence)",
                Links = [Github("https://github.com/mikonvergence/DiffusionFastForward"), new(LinkKind.Github, "notebook", "https://github.com/mikonvergence/DiffusionFastForward#computer-code")],
                Layout = EntryLayout.Block,
                LineCount = 4,
            },
            new ExpectedEntry(3889, "A Conditional Denoising Diffusion Probabilistic Model for Radio Interferometric Image Reconstruction")
            {
                Authors = "Ruoqi Wang, Zhuoyang Chen, Qiong Luo, Feng Wang",
                Venue = "arXiv",
                Year = 2023,
                Month = 5,
                Day = 16,
                YearSource = YearSource.Date,
                Links = [Paper("https://arxiv.org/abs/2305.09121")],
                ArxivId = "2305.09121",
                Layout = EntryLayout.Block,
                LineCount = 4,
            });
    }

    [RealListFact]
    public void ShouldReadASurveyWhoseAuthorsLineHasNoTrailingBackslash()
    {
        new ExpectedEntry(241, "A Survey on Video Diffusion Models")
        {
            Authors = "Zhen Xing, Qijun Feng, Haoran Chen, Qi Dai, Han Hu, Hang Xu, Zuxuan Wu and Yu-Gang Jiang",
            Venue = "arXiv",
            Year = 2023,
            Month = 10,
            Day = 16,
            YearSource = YearSource.Date,
            Links = [Paper("https://arxiv.org/pdf/2310.10647.pdf")],
            ArxivId = "2310.10647",
            Layout = EntryLayout.Block,
            LineCount = 4,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadABlockWithoutAuthors()
    {
        new ExpectedEntry(1214, "VideoFusion: Decomposed Diffusion Models for High-Quality Video Generation")
        {
            Venue = "CVPR",
            Year = 2023,
            Month = 3,
            Day = 15,
            YearSource = YearSource.Date,
            Links = [Paper("https://arxiv.org/abs/2303.08320")],
            ArxivId = "2303.08320",
            Layout = EntryLayout.Block,
            LineCount = 3,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldKeepOralAndWorkshopInTheirPlaceAroundTheVenue()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(1635, "DPM-Solver++: Fast Solver for Guided Sampling of Diffusion Probabilistic Models")
            {
                Authors = "Cheng Lu, Yuhao Zhou, Fan Bao, Jianfei Chen, Chongxuan Li, Jun Zhu",
                Venue = "NeurIPS",
                Year = 2022,
                Month = 11,
                Day = 2,
                YearSource = YearSource.Date,
                Links = [Paper("https://arxiv.org/abs/2211.01095"), Github("https://github.com/LuChengTHU/dpm-solver")],
                ArxivId = "2211.01095",
                Layout = EntryLayout.Block,
                LineCount = 4,
                Unchecked = Unchecked.Commentary,
            },
            // "ICLR 2022 Workshop (Oral)": a workshop of ICLR, not the main conference.
            new ExpectedEntry(4564, "Denoising Diffusion Restoration Models")
            {
                Authors = "Bahjat Kawar, Michael Elad, Stefano Ermon, Jiaming Song",
                ShortVenue = "ICLR Workshop",
                Year = 2022,
                Month = 1,
                Day = 27,
                YearSource = YearSource.Date,
                Links = [Paper("https://arxiv.org/abs/2201.11793")],
                ArxivId = "2201.11793",
                Layout = EntryLayout.Block,
                LineCount = 4,
                Unchecked = Unchecked.Venue | Unchecked.Commentary,
            });
    }

    [RealListFact]
    public void ShouldReadDatesWithStrayBackticksOrAMiscapitalisedMonth()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(2906, "DiffusionInst: Diffusion Model for Instance Segmentation")
            {
                Authors = "Zhangxuan Gu, Haoxing Chen, Zhuoer Xu, Jun Lan, Changhua Meng, Weiqiang Wang",
                Venue = "arXiv",
                Year = 2022,
                Month = 12,
                Day = 6,
                YearSource = YearSource.Date,
                Links = [Paper("https://arxiv.org/abs/2212.02773"), Github("https://github.com/chenhaoxing/DiffusionInst")],
                ArxivId = "2212.02773",
                Layout = EntryLayout.Block,
                LineCount = 4,
            },
            new ExpectedEntry(14059, "D4Explainer: In-Distribution GNN Explanations via Discrete Denoising Diffusion")
            {
                Authors = "Jialin Chen, Shirley Wu, Abhijit Gupta, Rex Ying",
                Venue = "arXiv",
                Year = 2023,
                Month = 10,
                Day = 30,
                YearSource = YearSource.Date,
                Links = [Paper("https://arxiv.org/abs/2310.19321")],
                ArxivId = "2310.19321",
                Layout = EntryLayout.Block,
                LineCount = 4,
            });
    }

    [RealListFact]
    public void ShouldGiveEveryPaperBlockADate()
    {
        // Every block under "# Papers" ends with its arXiv date; only the tutorials under Resources have none.
        var papers = List.Categories.Where(c => List.PathOf(c)[0] == "Papers").SelectMany(c => c.Papers).ToList();
        Assert.Equal(2937, papers.Count);
        Assert.All(papers, p => Assert.True(p.YearSource == YearSource.Date && p.Month is not null && p.Day is not null, $"line {p.SourceLine} '{p.Title}': {p.YearSource} {p.Year}-{p.Month}-{p.Day}"));
    }

    [RealListFact]
    public void ShouldReportNothingOfDiffusionModelsAsSkipped()
    {
        Assert.True(RealListChecks.SkippedLines(List).Count == 0, RealListChecks.SkippedReport(List));
    }

    [RealListFact]
    public async Task ShouldExportDiffusionModelsByteForByte()
    {
        await RealListChecks.AssertExportsByteForByteAsync(RealLists.Readme(Name));
    }
}
