using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>
/// amusi/CVPR2024-Papers-with-Code (2024-07-04): blocks of a bold title paragraph and a list of
/// <c>- Paper: https://…</c> / <c>- Code: https://…</c> / <c>- Homepage: …</c> lines, under <c>#</c> headings in Chinese and
/// English, each preceded by an <c>&lt;a name="…"&gt;</c> anchor; several headings hold nothing yet. The list is one
/// conference's: its title gives every entry the year 2024. Every expectation is read from the file.
/// </summary>
public sealed class Cvpr2024CodeTests
{
    private const string Name = "cvpr2024-code";

    /// <summary>The entries of the list at the commit MANIFEST.tsv names.</summary>
    private const int Entries = 109;

    private static ParsedList List => RealLists.Parse(Name);

    private static LinkValue Homepage(string url) => new(LinkKind.Project, "Homepage", url);

    private static LinkValue Paper(string url) => new(LinkKind.Paper, "Paper", url);

    private static LinkValue Code(string url) => new(LinkKind.Code, "Code", url);

    private static readonly (string Section, int Entries)[] Sections =
    [
        ("3DGS(Gaussian Splatting)", 10), ("Avatars", 2), ("Backbone", 2), ("CLIP", 2), ("Embodied AI", 3), ("OCR", 2), ("NeRF", 1), ("DETR", 2),
        ("多模态大语言模型(MLLM)", 7), ("大语言模型(LLM)", 1), ("ReID(重识别)", 2), ("扩散模型(Diffusion Models)", 8), ("Vision Transformer", 3),
        ("视觉和语言(Vision-Language)", 2), ("目标检测(Object Detection)", 4), ("异常检测(Anomaly Detection)", 1), ("目标跟踪(Object Tracking)", 1),
        ("语义分割(Semantic Segmentation)", 2), ("医学图像(Medical Image)", 3), ("自动驾驶(Autonomous Driving)", 7), ("3D目标检测(3D Object Detection)", 2),
        ("图像编辑(Image Editing)", 1), ("视频编辑(Video Editing)", 1), ("Low-level Vision", 2), ("超分辨率(Super-Resolution)", 2),
        ("3D人体姿态估计(3D Human Pose Estimation)", 1), ("图像生成(Image Generation)", 9), ("视频生成(Video Generation)", 3), ("3D生成", 2),
        ("视频理解(Video Understanding)", 1), ("知识蒸馏(Knowledge Distillation)", 2), ("立体匹配(Stereo Matching)", 1), ("场景图生成(Scene Graph Generation)", 1),
        ("视频质量评价(Video Quality Assessment)", 1), ("数据集(Datasets)", 2), ("其他(Others)", 13),
    ];

    [RealListFact]
    public void ShouldCountEveryTopLevelSectionOfCvpr2024AsItsBoldTitles()
    {
        Assert.Equal(Sections, RealListChecks.TopLevelCounts(List));
        Assert.Equal(Entries, List.Papers.Count());
    }

    [RealListFact]
    public void ShouldTakeEveryBoldTitleOfCvpr2024AsOneEntry()
    {
        var expected = RealListChecks.LinesWhere(RealLists.Text(Name), (_, line) => Regex.IsMatch(line, @"^\s*\*\*"));
        Assert.Equal(Entries, expected.Count);
        Assert.Equal(expected, List.Papers.Select(p => p.SourceLine).Order());
        Assert.All(List.Papers, p => Assert.Equal(EntryLayout.Block, p.Layout));
    }

    [RealListFact]
    public void ShouldNameTheCategoriesOfCvpr2024ByTheirHeadingsWithoutTheirAnchors()
    {
        Assert.Equal(Sections.Select(s => $"{s.Section} ({s.Entries})"), RealListChecks.Tree(List));
        Assert.All(List.Categories, c => Assert.Null(c.Parent));
        Assert.Equal(271, List.Categories.Single(c => c.Name == "多模态大语言模型(MLLM)").SourceLine);
    }

    [RealListFact]
    public void ShouldNotMakeTheContentsOrTheEmptyHeadingsOfCvpr2024Categories()
    {
        Assert.Equal(SectionRole.Title, List.Sections.Single(s => s.Line == 1).Role);
        Assert.Equal(SectionRole.Contents, List.Sections.Single(s => s.Line == 17).Role);
        int[] empty = [201, 226, 267, 319, 495, 540, 559, 610, 612]; // MAE, GAN, Prompt, NAS, 医学图像分割, 3D点云, 3D语义分割, 去噪, 图像去噪
        Assert.All(empty, line => Assert.Equal(SectionRole.NoEntries, List.Sections.Single(s => s.Line == line).Role));
        Assert.Equal("CVPR 2024 论文和开源项目合集(Papers with Code)", List.Info.Title);
        Assert.Equal("CVPR 2024 decisions are now available on OpenReview！", List.Info.Intro);
    }

    [RealListFact]
    public void ShouldReadABlockWithHomepagePaperAndCodeLines()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(101, "Scaffold-GS: Structured 3D Gaussians for View-Adaptive Rendering")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Homepage("https://city-super.github.io/scaffold-gs/"), Paper("https://arxiv.org/abs/2312.00109"), Code("https://github.com/city-super/Scaffold-GS")],
                ArxivId = "2312.00109",
                Layout = EntryLayout.Block,
                LineCount = 5,
            },
            new ExpectedEntry(107, "GPS-Gaussian: Generalizable Pixel-wise 3D Gaussian Splatting for Real-time Human Novel View Synthesis")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Homepage("https://shunyuanzheng.github.io/GPS-Gaussian"), Paper("https://arxiv.org/abs/2312.02155"), Code("https://github.com/ShunyuanZheng/GPS-Gaussian")],
                ArxivId = "2312.02155",
                Layout = EntryLayout.Block,
                LineCount = 5,
            });
    }

    [RealListFact]
    public void ShouldReadAnEntryListedInTwoSectionsInEach()
    {
        foreach (var line in new[] { 113, 161 })
        {
            new ExpectedEntry(line, "GaussianAvatar: Towards Realistic Human Avatar Modeling from a Single Video via Animatable 3D Gaussians")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Paper("https://arxiv.org/abs/2312.02134"), Code("https://github.com/huliangxiao/GaussianAvatar")],
                ArxivId = "2312.02134",
                Layout = EntryLayout.Block,
                LineCount = 4,
            }.AssertIn(List);
        }
    }

    [RealListFact]
    public void ShouldKeepReadingLinkLinesAcrossBlankLines()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(330, "Noisy-Correspondence Learning for Text-to-Image Person Re-identification")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Paper("https://arxiv.org/abs/2308.09911"), Code("https://github.com/QinYang79/RDE")], // "- Code : https://…" after a blank line
                ArxivId = "2308.09911",
                Layout = EntryLayout.Block,
                LineCount = 5,
            },
            new ExpectedEntry(340, "InstanceDiffusion: Instance-level Control for Image Generation")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Homepage("https://people.eecs.berkeley.edu/~xdwang/projects/InstDiff/"), Paper("https://arxiv.org/abs/2402.03290"), Code("https://github.com/frank-xwang/InstanceDiffusion")],
                ArxivId = "2402.03290",
                Layout = EntryLayout.Block,
                LineCount = 6,
            });
    }

    [RealListFact]
    public void ShouldReadAHomepageWrittenAsAMarkdownLinkToItself()
    {
        new ExpectedEntry(575, "MaskINT: Video Editing via Interpolative Non-autoregressive Masked Transformers")
        {
            Year = 2024,
            YearSource = YearSource.ListTitle,
            Links = [Homepage("https://maskint.github.io/"), Paper("https://arxiv.org/abs/2312.12468")],
            ArxivId = "2312.12468",
            Layout = EntryLayout.Block,
            LineCount = 5,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadABoldTitleWrittenAfterALeadingSpace()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(803, "CLOVA: A Closed-LOop Visual Assistant with Tool Usage and Update")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Homepage("https://clova-tool.github.io/"), Paper("https://arxiv.org/abs/2312.10908")],
                ArxivId = "2312.10908",
                Layout = EntryLayout.Block,
                LineCount = 4,
            },
            new ExpectedEntry(813, "Amodal Ground Truth and Completion in the Wild")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Homepage("https://www.robots.ox.ac.uk/~vgg/research/amodal/"), Paper("https://arxiv.org/abs/2312.17247"), Code("https://github.com/Championchess/Amodal-Completion-in-the-Wild")],
                ArxivId = "2312.17247",
                Layout = EntryLayout.Block,
                LineCount = 5,
            });
        Assert.StartsWith(" **CLOVA", List.Papers.Single(p => p.SourceLine == 803).SourceMarkdown, StringComparison.Ordinal);
    }

    [RealListFact]
    public void ShouldReadLinkLabelsWrittenWithASpaceBeforeTheColonOrWithoutAColon()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(746, "HiKER-SGG: Hierarchical Knowledge Enhanced Robust Scene Graph Generation")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Homepage("https://zhangce01.github.io/HiKER-SGG/"), Paper("https://arxiv.org/abs/2403.12033"), Code("https://github.com/zhangce01/HiKER-SGG")],
                ArxivId = "2403.12033",
                Layout = EntryLayout.Block,
                LineCount = 5,
            },
            new ExpectedEntry(830, "Learning from Synthetic Human Group Activities")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Homepage("https://cjerry1243.github.io/M3Act/"), Paper("https://arxiv.org/abs/2306.16772"), Code("https://github.com/cjerry1243/M3Act")], // "- Paper  https://…"
                ArxivId = "2306.16772",
                Layout = EntryLayout.Block,
                LineCount = 5,
            });
    }

    [RealListFact]
    public void ShouldReadACodeLinkToAProjectSiteAndAMisspelledHomepage()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(364, "SVGDreamer: Text Guided SVG Generation with Diffusion Model")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [Paper("https://arxiv.org/abs/2312.16476"), Code("https://ximinng.github.io/SVGDreamer-project/")],
                ArxivId = "2312.16476",
                Layout = EntryLayout.Block,
                LineCount = 4,
            },
            new ExpectedEntry(379, "VMC: Video Motion Customization using Temporal Attention Adaption for Text-to-Video Diffusion Models")
            {
                Year = 2024,
                YearSource = YearSource.ListTitle,
                Links = [new(LinkKind.Other, "Homeoage", "https://video-motion-customization.github.io/"), Paper("https://arxiv.org/abs/2312.00845"), Code("https://github.com/HyeonHo99/Video-Motion-Customization")],
                ArxivId = "2312.00845",
                Layout = EntryLayout.Block,
                LineCount = 5,
                Unchecked = Unchecked.LinkKinds, // "Homeoage" is a typo for Homepage; either kind is a fair reading
            });
    }

    [RealListFact]
    public void ShouldReadAnEntryWithOnlyAPaperLine()
    {
        new ExpectedEntry(641, "Instruct-Imagen: Image Generation with Multi-modal Instruction")
        {
            Year = 2024,
            YearSource = YearSource.ListTitle,
            Links = [Paper("https://arxiv.org/abs/2401.01952")],
            ArxivId = "2401.01952",
            Layout = EntryLayout.Block,
            LineCount = 3,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReportNothingOfCvpr2024AsSkipped()
    {
        // The links to other years' lists in the opening note are not entries.
        Assert.True(RealListChecks.SkippedLines(List).Count == 0, RealListChecks.SkippedReport(List));
    }

    [RealListFact]
    public async Task ShouldExportCvpr2024ByteForByte()
    {
        await RealListChecks.AssertExportsByteForByteAsync(RealLists.Readme(Name));
    }
}
