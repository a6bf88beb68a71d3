using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>
/// yzhuoning/Awesome-CLIP (2023-02-10): bullets <c>- [Title](url) [[code](…)]</c>, some titles written without a link
/// (<c>- OpenCLIP (3rd-party, PyTorch) [[code](…)]</c>), some with a bare <c>[code]</c> that links nowhere; <c>## CLIP</c>,
/// <c>## Training</c> and <c>## Applications</c> with 17 <c>###</c> sub-sections. Every expectation is read from the file.
/// </summary>
public sealed class YzhuoningClipTests
{
    private const string Name = "yzhuoning-clip";

    /// <summary>The entries of the list at the commit MANIFEST.tsv names.</summary>
    private const int Entries = 107;

    private static ParsedList List => RealLists.Parse(Name);

    private static LinkValue Code(string url) => new(LinkKind.Code, "code", url);

    [RealListFact]
    public void ShouldCountEveryTopLevelSectionOfYzhuoningClipAsItsBullets()
    {
        // Applications: 7+7+10+17+8+4+5+5+5+9+4+5+3+1+1+1+9.
        Assert.Equal([("CLIP", 3), ("Training", 3), ("Applications", 101)], RealListChecks.TopLevelCounts(List));
        Assert.Equal(Entries, List.Papers.Count());
    }

    [RealListFact]
    public void ShouldTakeEveryBulletOfYzhuoningClip()
    {
        var expected = RealListChecks.LinesWhere(RealLists.Text(Name), (_, line) => line.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal(Entries, expected.Count);
        Assert.Equal(expected, List.Papers.Select(p => p.SourceLine).Order());
    }

    [RealListFact]
    public void ShouldGroupTheApplicationsOfYzhuoningClipUnderApplications()
    {
        Assert.Equal(
            [
                "CLIP (3)", "Training (3)", "Applications (0)",
                "Applications / GAN (7)", "Applications / Object Detection (7)", "Applications / Information Retrieval (10)",
                "Applications / Representation Learning (17)", "Applications / Text-to-3D Generation (8)", "Applications / Text-to-Image Generation (4)",
                "Applications / Prompt Learning (5)", "Applications / Video Understanding (5)", "Applications / Image Captioning (5)",
                "Applications / Image Editing (9)", "Applications / Image Segmentation (4)", "Applications / 3D Recognition (5)",
                "Applications / Audio (3)", "Applications / Language Tasks (1)", "Applications / Object Navigation (1)",
                "Applications / Localization (1)", "Applications / Others (9)",
            ],
            RealListChecks.Tree(List));
        Assert.DoesNotContain(List.Categories, c => c.Name == "Acknowledgment");
        Assert.Equal(SectionRole.Boilerplate, List.Sections.Single(s => s.Line == 152).Role);
        Assert.Equal("Awesome CLIP", List.Info.Title);
        Assert.Equal("This repo collects the research resources based on CLIP (Contrastive Language-Image Pre-Training) proposed by OpenAI. If you would like to contribute, please open an issue.", List.Info.Intro);
    }

    [RealListFact]
    public void ShouldReadTheClipPaperWithItsCodeLinkAndItsArxivYear()
    {
        new ExpectedEntry(5, "Learning Transferable Visual Models From Natural Language Supervision")
        {
            Url = "https://arxiv.org/abs/2103.00020",
            Year = 2021,
            YearSource = YearSource.ArxivId,
            Links = [Code("https://github.com/openai/CLIP")],
            ArxivId = "2103.00020",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadABlogPostWithOnlyItsTitleLink()
    {
        new ExpectedEntry(6, "CLIP: Connecting Text and Images") { Url = "https://openai.com/blog/clip/", Layout = EntryLayout.Bullet }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadTitlesWithoutALinkUpToTheirCodeLink()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(10, "OpenCLIP (3rd-party, PyTorch)") { Links = [Code("https://github.com/mlfoundations/open_clip")], Layout = EntryLayout.Bullet },
            new ExpectedEntry(18, "VQGAN-CLIP") { Links = [Code("https://github.com/nerdyrodent/VQGAN-CLIP")], Layout = EntryLayout.Bullet },
            new ExpectedEntry(77, "Big Sleep: A simple command line tool for text to image generation") { Links = [Code("https://github.com/lucidrains/big-sleep")], Layout = EntryLayout.Bullet },
            new ExpectedEntry(143, "CLIP (With Haiku + Jax!)") { Links = [Code("https://github.com/kingoflolz/CLIP_JAX")], Layout = EntryLayout.Bullet });
    }

    [RealListFact]
    public void ShouldReadABareCodeMarkerAsNoLink()
    {
        new ExpectedEntry(42, "A CLIP-Hitchhiker’s Guide to Long Video Retrieval")
        {
            Url = "https://arxiv.org/pdf/2205.08508.pdf",
            Year = 2022,
            YearSource = YearSource.ArxivId,
            ArxivId = "2205.08508",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadACodeLinkWrittenRightAfterTheTitleLink()
    {
        new ExpectedEntry(61, "Fine-tuned CLIP Models are Efficient Video Learners")
        {
            Url = "https://arxiv.org/pdf/2212.03640.pdf",
            Year = 2022,
            YearSource = YearSource.ArxivId,
            Links = [Code("https://github.com/muzairkhattak/ViFi-CLIP")],
            ArxivId = "2212.03640",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadCodeLinksThatAreNotOnGithubAsCode()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(22, "TargetCLIP: Image-Based CLIP-Guided Essence Transfer")
            {
                Url = "https://arxiv.org/abs/2110.12427",
                Year = 2021,
                YearSource = YearSource.ArxivId,
                Links = [Code("https://github.innominds.com/hila-chefer/TargetCLIP")],
                ArxivId = "2110.12427",
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(106, "CLIPasso: Semantically-Aware Object Sketching")
            {
                Url = "https://clipasso.github.io/clipasso/static/source/paper_CLIPasso_Semantically_Aware_Object_Sketching.pdf",
                Links = [Code("https://clipasso.github.io/clipasso/")],
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldFindArxivIdsInUrlsWithAPdfSuffixOrAQuestionMark()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(83, "Learning to Prompt for Vision-Language Models")
            {
                Url = "https://arxiv.org/abs/2109.01134.pdf",
                Year = 2021,
                YearSource = YearSource.ArxivId,
                Links = [Code("https://github.com/KaiyangZhou/CoOp")],
                ArxivId = "2109.01134",
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(74, "ClipFace: Text-guided Editing of Textured 3D Morphable Models")
            {
                Url = "https://arxiv.org/pdf/2212.01406.pdf?",
                Year = 2022,
                YearSource = YearSource.ArxivId,
                Links = [Code("https://github.com/sanonymous22/ClipFace")],
                ArxivId = "2212.01406",
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldReadAnOpenReviewPaperWithoutAYear()
    {
        new ExpectedEntry(145, "How Much Can CLIP Benefit Vision-and-Language Tasks?")
        {
            Url = "https://openreview.net/forum?id=zf_Ll3HZWgy",
            Links = [Code("https://github.com/clip-vil/CLIP-ViL")],
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReportNothingOfYzhuoningClipAsSkipped()
    {
        Assert.True(RealListChecks.SkippedLines(List).Count == 0, RealListChecks.SkippedReport(List));
    }

    [RealListFact]
    public async Task ShouldExportYzhuoningClipByteForByte()
    {
        await RealListChecks.AssertExportsByteForByteAsync(RealLists.Readme(Name));
    }
}
