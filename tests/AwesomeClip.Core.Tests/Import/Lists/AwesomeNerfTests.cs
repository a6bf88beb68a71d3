using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>
/// awesome-NeRF/awesome-NeRF (2025-01-06): bullets <c>- [Title](url), Authors, Venue Year | [github](…) | [bibtex](…)</c>
/// under <c>## Survey</c>, <c>## Papers</c> (one bullet, then 19 <c>&lt;details&gt;&lt;summary&gt;</c> sub-sections),
/// <c>## Talks</c> and <c>## Implementations</c> (four <c>####</c> sub-sections). Every expectation is read from the file.
/// </summary>
public sealed class AwesomeNerfTests
{
    private const string Name = "awesome-nerf";

    /// <summary>The entries of the list at the commit MANIFEST.tsv names.</summary>
    private const int Entries = 168;

    private static ParsedList List => RealLists.Parse(Name);

    private static LinkValue Github(string url) => new(LinkKind.Github, "github", url);

    private static LinkValue Bibtex(string url, string label = "bibtex") => new(LinkKind.Bibtex, label, url);

    [RealListFact]
    public void ShouldCountEveryTopLevelSectionOfAwesomeNerfAsItsBulletsWithLinks()
    {
        // Survey: lines 17-21; Papers: line 24 and the bullets of the 19 <details> (16+7+1+4+17+9+29+18+6+10+3+8+2+2+4+1+4+3+4);
        // Talks: 285-288; Implementations: 2 Tensorflow + 4 PyTorch + 3 Jax + 1 Libraries. The 4 contents bullets are not entries.
        Assert.Equal([("Survey", 5), ("Papers", 149), ("Talks", 4), ("Implementations", 10)], RealListChecks.TopLevelCounts(List));
        Assert.Equal(Entries, List.Papers.Count());
    }

    [RealListFact]
    public void ShouldTakeEveryBulletOfAwesomeNerfButTheTableOfContents()
    {
        var expected = RealListChecks.LinesWhere(RealLists.Text(Name), (n, line) => line.StartsWith("- [", StringComparison.Ordinal) && n is not (>= 11 and <= 14));
        Assert.Equal(Entries, expected.Count);
        Assert.Equal(expected, List.Papers.Select(p => p.SourceLine).Order());
    }

    [RealListFact]
    public void ShouldMakeEachDetailsBlockACategoryUnderPapersAndEachImplementationHeadingOneUnderImplementations()
    {
        Assert.Equal(
            [
                "Survey (5)", "Papers (1)",
                "Papers / Faster Inference (16)", "Papers / Faster Training (7)", "Papers / Compression (1)", "Papers / Unconstrained Images (4)",
                "Papers / Deformable (17)", "Papers / Video (9)", "Papers / Generalization (29)", "Papers / Pose Estimation (18)",
                "Papers / Lighting (6)", "Papers / Compositionality (10)", "Papers / Scene Labelling and Understanding (3)", "Papers / Editing (8)",
                "Papers / Object Category Modeling (2)", "Papers / Multi-scale (2)", "Papers / Model Reconstruction (4)", "Papers / Depth Estimation (1)",
                "Papers / Robotics (4)", "Papers / Large-scale scene (3)", "Papers / Pre-training (4)",
                "Talks (4)",
                "Implementations (0)", "Implementations / Tensorflow (2)", "Implementations / PyTorch (4)", "Implementations / Jax (3)", "Implementations / Libraries (1)",
            ],
            RealListChecks.Tree(List));
        Assert.Equal(Enumerable.Range(0, List.Categories.Count), List.Categories.Select(c => c.Order));
        var papers = List.Categories.Single(c => c.Name == "Papers");
        Assert.Null(papers.Parent);
        Assert.Equal(23, papers.SourceLine); // its heading
    }

    [RealListFact]
    public void ShouldReportTheTableOfContentsOfAwesomeNerfAsContents()
    {
        // "## Table of Contents" holds only links into the page: the role the report has for a table of contents.
        Assert.Equal(SectionRole.Contents, List.Sections.Single(s => s.Line == 9).Role);
    }

    [RealListFact]
    public void ShouldNotMakeTheContentsTheLicenseOrTheMaintenanceLinksOfAwesomeNerfCategories()
    {
        string[] notCategories = ["Table of Contents", "License", "How to submit a pull request?", "Want to help maintain the list?", "Awesome Neural Radiance Fields"];
        Assert.DoesNotContain(List.Categories, c => notCategories.Contains(c.Name));
        Assert.Equal(SectionRole.Boilerplate, List.Sections.Single(s => s.Line == 309).Role);
        Assert.Equal("Awesome Neural Radiance Fields", List.Info.Title);
        Assert.Equal("A curated list of awesome neural radiance fields papers, inspired by awesome-computer-vision.", List.Info.Intro);
    }

    [RealListFact]
    public void ShouldReadTheSurveyWhoseAuthorsEndWithAnEqualContributionNote()
    {
        new ExpectedEntry(17, "Semantically-aware Neural Radiance Fields for Visual Scene Understanding: A Comprehensive Review")
        {
            Url = "https://arxiv.org/abs/2402.11141",
            Authors = "Thang-Anh-Quan Nguyen*, Amine Bourki*, Màtyàs Macudzinski, Anthony Brunel, and Mohammed Bennamoun (*: Equal contribution)",
            Venue = "Arxiv",
            ShortVenue = "arXiv",
            Year = 2024,
            YearSource = YearSource.Venue,
            Links = [Github("https://github.com/abourki/SoTA-Semantically-aware-NeRFs"), Bibtex("citations/survey_semantically-awareNeRFs.txt")],
            ArxivId = "2402.11141",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadTwoNamedAuthorsAndABlogLinkOfTheNerfAndBeyondSurvey()
    {
        new ExpectedEntry(19, "Neural Volume Rendering: NeRF And Beyond")
        {
            Url = "https://arxiv.org/abs/2101.05204",
            Authors = "Dellaert and Yen-Chen",
            Venue = "Arxiv",
            Year = 2020,
            YearSource = YearSource.Venue,
            Links =
            [
                new(LinkKind.Blog, "blog", "https://dellaert.github.io/NeRF/"),
                Github("https://raw.githubusercontent.com/yenchenlin/awesome-NeRF/main/NeRF-and-Beyond.bib"),
                Bibtex("https://github.com/yenchenlin/awesome-NeRF/blob/main/citations/nerf-survey.txt"),
            ],
            ArxivId = "2101.05204",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldTakeTheYearOfASurveyWithoutVenueFromItsArxivId()
    {
        new ExpectedEntry(20, "NeRF: Neural Radiance Field in 3D Vision, Introduction and Review")
        {
            Url = "https://arxiv.org/abs/2210.00379",
            Authors = "Kyle Gao, Yina Gao, Hongjie He, Dening Lu, Linlin Xu, Jonathan Li",
            Year = 2022,
            YearSource = YearSource.ArxivId,
            ArxivId = "2210.00379",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadTheNerfBulletDirectlyUnderPapersAndKeepItsHtmlCommentOutOfTheFields()
    {
        new ExpectedEntry(24, "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis")
        {
            Url = "https://www.matthewtancik.com/nerf",
            Authors = "Mildenhall et al.",
            Venue = "ECCV",
            Year = 2020,
            YearSource = YearSource.Venue,
            Links = [Github("https://github.com/bmild/nerf"), Bibtex("./NeRF-and-Beyond.bib#L168-L173")],
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
        Assert.Equal("Papers", List.Categories.Single(c => c.Papers.Any(p => p.SourceLine == 24)).Name);
    }

    [RealListFact]
    public void ShouldSplitAuthorsFromTheVenueWhenNoCommaSeparatesThem()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(33, "DeRF: Decomposed Radiance Fields")
            {
                Url = "https://arxiv.org/abs/2011.12490",
                Authors = "Rebain et al.",
                Venue = "Arxiv",
                Year = 2020,
                YearSource = YearSource.Venue,
                Links = [Bibtex("./NeRF-and-Beyond.bib#L222-L228")],
                ArxivId = "2011.12490",
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(58, "Lightning NeRF: Efficient Hybrid Scene Representation for Autonomous Driving")
            {
                Url = "https://arxiv.org/pdf/2403.05907v1.pdf",
                Authors = "Cao et al.",
                Venue = "ICRA",
                Year = 2024,
                YearSource = YearSource.Venue,
                Links = [Github("https://github.com/VISION-SJTU/Lightning-NeRF"), Bibtex("./citations/lightning-nerf.txt")],
                ArxivId = "2403.05907",
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldReadAnEntryWhoseAuthorsFollowTheTitleLinkWithoutAComma()
    {
        new ExpectedEntry(112, "Streaming Radiance Fields for 3D Video Synthesis")
        {
            Url = "https://arxiv.org/abs/2210.14831",
            Authors = "Li et al.",
            Venue = "NeurIPS",
            Year = 2022,
            YearSource = YearSource.Venue,
            Links = [Github("https://github.com/AlgoHunt/StreamRF"), Bibtex("./citations/StreamRF.txt")],
            ArxivId = "2210.14831",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadTheMisspelledBibtextLabelAsABibtexLink()
    {
        new ExpectedEntry(43, "Real-Time Neural Light Field on Mobile Devices")
        {
            Url = "https://arxiv.org/abs/2212.08057",
            Authors = "Cao et al.",
            Venue = "Arxiv",
            Year = 2022,
            YearSource = YearSource.Venue,
            Links = [Github("https://github.com/snap-research/MobileR2L"), Bibtex("./citations/r2l-mobile.txt", "bibtext")],
            ArxivId = "2212.08057",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadEtAlWithoutItsDotAndALowerCaseArxiv()
    {
        new ExpectedEntry(139, "NeRF in the Dark: High Dynamic Range View Synthesis from Noisy Raw Images")
        {
            Url = "https://bmild.github.io/rawnerf/",
            Authors = "Ben Mildenhall et al",
            Venue = "arXiv",
            Year = 2021,
            YearSource = YearSource.Venue,
            Links = [Bibtex("./citations/rawnerf.txt")],
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadABibtexLinkSeparatedByACommaInsteadOfAPipe()
    {
        new ExpectedEntry(190, "GIRAFFE: Representing Scenes as Compositional Generative Neural Feature Fields")
        {
            Url = "https://arxiv.org/abs/2011.12100",
            Authors = "Niemeyer et al.",
            Venue = "CVPR",
            Year = 2021,
            YearSource = YearSource.Venue,
            Links = [Bibtex("./NeRF-and-Beyond.bib#L175-L181")],
            ArxivId = "2011.12100",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldKeepSpotlightOralAndVolumeOutOfTheVenue()
    {
        // What the list says after the year ("(**Spotlight**)", "Oral", "Vol.7 No.2") is not part of the venue's name.
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(207, "Contrastive Lift: 3D Object Instance Segmentation by Slow-Fast Contrastive Fusion")
            {
                Url = "https://www.robots.ox.ac.uk/~vgg/research/contrastive-lift/",
                Authors = "Bhalgat et al.",
                Venue = "NeurIPS",
                Year = 2023,
                YearSource = YearSource.Venue,
                Links = [Bibtex("./citations/contrastive-lift.txt")],
                Layout = EntryLayout.Bullet,
                Unchecked = Unchecked.Commentary, // "Spotlight" could fairly be kept as a note; the list does not say where
            },
            new ExpectedEntry(261, "3D Neural Scene Representations for Visuomotor Control")
            {
                Url = "https://3d-representation-learning.github.io/nerf-dy/",
                Authors = "Li et al.",
                Venue = "CoRL",
                Year = 2021,
                YearSource = YearSource.Venue,
                Links = [Bibtex("./citations/nerf-dy.txt")],
                Layout = EntryLayout.Bullet,
                Unchecked = Unchecked.Commentary,
            },
            new ExpectedEntry(262, "Vision-Only Robot Navigation in a Neural Radiance World")
            {
                Url = "https://arxiv.org/abs/2110.00168",
                Authors = "Adamkiewicz et al.",
                Venue = "RA-L",
                Year = 2022,
                YearSource = YearSource.Venue,
                Links = [Bibtex("./citations/vision-only.txt")],
                ArxivId = "2110.00168",
                Layout = EntryLayout.Bullet,
                Unchecked = Unchecked.Commentary,
            });
    }

    [RealListFact]
    public void ShouldReadATalkAsItsTitleLinkAndSpeaker()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(285, "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis")
            {
                Url = "https://www.youtube.com/watch?v=LCTYRqW-ne8&t=10190s",
                Authors = "Ben Mildenhall",
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(287, "Towards Photorealism (2nd half)")
            {
                Url = "https://youtu.be/Rd0nBO6--bM?t=1992",
                Authors = "Vladlen Koltun",
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldReadProfileLinksOfImplementationsAsTheirAuthors()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(297, "NeRF-PyTorch-Lighting")
            {
                Url = "https://github.com/kwea123/nerf_pl",
                Authors = "@kwea123",
                Year = 2020,
                YearSource = YearSource.Venue,
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(293, "Nerual-Radiance-Fields")
            {
                Url = "https://www.kaggle.com/code/ritzraha/nerual-radiance-fields",
                Authors = "@ariG23498, @ritwik_raha",
                Year = 2022,
                YearSource = YearSource.Venue,
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(304, "[Jax + Flax] Minimal Implementation of NeRF")
            {
                Url = "https://www.kaggle.com/code/sauravmaheshkar/jax-flax-minimal-implementation-of-nerf",
                Authors = "@soumikrakshit, @sauravmaheshkar",
                Year = 2022,
                YearSource = YearSource.Venue,
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(296, "NeRF-PyTorch")
            {
                Url = "https://github.com/yenchenlin/nerf-pytorch",
                Authors = "Yen-Chen Lin",
                Year = 2020,
                YearSource = YearSource.Venue,
                Links = [Bibtex("./citations/pytorch-nerf.txt")],
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldKeepEmojiInTitlesAndDropTheSpaceBeforeATitleLinksBracket()
    {
        Assert.Equal("Ha-NeRF:laughing:: Hallucinated Neural Radiance Fields in the Wild", List.Papers.Single(p => p.SourceLine == 71).Title);
        Assert.Equal("KiloNeRF: Speeding up Neural Radiance Fields with Thousands of Tiny MLPs", List.Papers.Single(p => p.SourceLine == 36).Title);
        Assert.Equal("🏡Know Your Neighbors: Improving Single-View Reconstruction via Spatial Vision-Language Reasoning", List.Papers.Single(p => p.SourceLine == 147).Title);
    }

    [RealListFact]
    public void ShouldReportNothingOfAwesomeNerfAsSkipped()
    {
        Assert.True(RealListChecks.SkippedLines(List).Count == 0, RealListChecks.SkippedReport(List));
    }

    [RealListFact]
    public async Task ShouldExportAwesomeNerfByteForByte()
    {
        await RealListChecks.AssertExportsByteForByteAsync(RealLists.Readme(Name));
    }
}
