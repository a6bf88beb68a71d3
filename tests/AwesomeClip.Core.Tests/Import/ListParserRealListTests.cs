using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import;

public sealed class ListParserRealListTests
{
    private static readonly ParsedList List = ListParser.Parse(File.ReadAllText(Repo.RealList));

    private static ParsedPaper Paper(string titleStart) => List.Papers.Single(p => p.Title.StartsWith(titleStart, StringComparison.Ordinal));

    [Fact]
    public void ShouldFind109PapersIn13CategoriesFrom2021To2024()
    {
        Assert.Equal(SeedList.Papers, List.Papers.Count());
        Assert.Equal(SeedList.Categories, List.Categories.Count);
        Assert.Equal(SeedList.FirstYear, List.Papers.Min(p => p.Year));
        Assert.Equal(SeedList.LastYear, List.Papers.Max(p => p.Year));
        Assert.DoesNotContain(List.Issues, i => i.Severity == ImportIssueSeverity.Skipped);
        Assert.DoesNotContain(List.Issues, i => i.Code == "cell-count");
    }

    [Fact]
    public void ShouldCountEveryCategoryInListOrder()
    {
        Assert.Equal(
            [("Train", 13), ("Improvement & Innovation", 14), ("Data", 2), ("Distillation", 2), ("Loss", 2),
             ("Zero-Shot & Few-Shot & Classification", 15), ("Retrieval", 6), ("Detection", 8), ("Segmentation", 15),
             ("Captioning", 4), ("Generation", 13), ("Video", 6), ("Other", 9)],
            List.Categories.Select(c => (c.Name, c.Papers.Count)));
        Assert.Equal(Enumerable.Range(0, SeedList.Categories), List.Categories.Select(c => c.Order));
    }

    [Fact]
    public void ShouldCountLinksFiguresAndNotes()
    {
        Assert.Equal(SeedList.Links, List.Papers.Sum(p => p.Links.Count));
        Assert.Equal(SeedList.Figures, List.Papers.Sum(p => p.Figures.Count));
        Assert.Equal(SeedList.PapersWithFigures, List.Papers.Count(p => p.Figures.Count > 0));
        Assert.Equal(SeedList.CuratorNotes, List.Papers.Count(p => p.Commentary is not null));
    }

    [Fact]
    public void ShouldReadTheFirstRowFieldByField()
    {
        var p = Paper("SUPERVISION EXISTS EVERYWHERE");

        Assert.Equal("SUPERVISION EXISTS EVERYWHERE: A DATA EFFICIENT CONTRASTIVE LANGUAGE-IMAGE PRE-TRAINING PARADIGM", p.Title);
        Assert.Equal(2022, p.Year);
        Assert.Equal(25, p.SourceLine);
        Assert.Equal("Sense-GVT/DeCLIP", p.GithubRepo);
        Assert.Equal("2110.05208", p.ArxivId);
        Assert.Equal(["./images/DeCLIP.png"], p.Figures);
        Assert.StartsWith("本文提出一种创新的CLIP训练方式--Data efficient CLIP (DeCLIP)", p.Abstract);
        Assert.EndsWith("实验证明，与base CLIP相比，更少的训练数据取得了更高的表现.", p.Abstract);
        Assert.DoesNotContain("<br>", p.Abstract);
        Assert.DoesNotContain("🧟", p.Abstract);
        Assert.Equal("Nearest-Neighbor Supervision处设计了一个FIFO的队列，个人觉得借鉴了MoCo的思想，很有意思👍", p.Commentary);
        Assert.Equal(
            [new LinkValue(LinkKind.Github, "Github", "https://github.com/Sense-GVT/DeCLIP"), new LinkValue(LinkKind.Paper, "Paper", "https://arxiv.org/pdf/2110.05208")],
            p.Links);
        Assert.StartsWith("| [![Star](https://img.shields.io/github/stars/Sense-GVT/DeCLIP.svg", p.SourceMarkdown);
    }

    [Fact]
    public void ShouldKeepTitlesExactlyAsWritten()
    {
        Assert.Contains(List.Papers, p => p.Title == "SigLip:Sigmoid Loss for Language Image Pre-Training");
        Assert.Contains(List.Papers, p => p.Title == "DEMYSTIFYING CLIP DATA[MetaCLIP]");
        Assert.Contains(List.Papers, p => p.Title == "NLLB-CLIP – train performant multilingual image retrieval model on a budgett");
        Assert.Contains(List.Papers, p => p.Title == "ACloser Look at the Explainability of Contrastive Language-Image Pre-training");
    }

    [Fact]
    public void ShouldRecoverLinksDespiteStrayBrackets()
    {
        var jina = Paper("JINA CLIP");
        Assert.Equal([("huggingface", "https://huggingface.co/jinaai/jina-clip-v1"), ("Paper", "https://arxiv.org/pdf/2405.20204")], jina.Links.Select(l => (l.Label, l.Url)));
        Assert.Equal(LinkKind.HuggingFace, jina.Links[0].Kind);
        Assert.Null(jina.GithubRepo);

        var reclip = Paper("Learn to Rectify the Bias of CLIP");
        Assert.Equal(3, reclip.Links.Count);
        Assert.Equal(new LinkValue(LinkKind.Paper, "Paper", "https://arxiv.org/pdf/2408.06747"), reclip.Links[2]);
        Assert.Equal("2408.06747", reclip.ArxivId);

        var froster = Paper("FROSTER");
        Assert.Equal(new LinkValue(LinkKind.Zhihu, "知乎", "https://zhuanlan.zhihu.com/p/681708426"), froster.Links[2]);
    }

    [Theory]
    [InlineData("CLIP-GEN", "unofficial Github", LinkKind.Github)]
    [InlineData("FuseDream", "Code", LinkKind.Code)]
    [InlineData("ACloser Look", "知乎", LinkKind.Zhihu)]
    [InlineData("Adversarial examples for the OpenAI CLIP", "Blog", LinkKind.Blog)]
    [InlineData("JINA CLIP", "huggingface", LinkKind.HuggingFace)]
    public void ShouldNormalizeLinkKindsButKeepLabels(string title, string label, LinkKind kind)
    {
        Assert.Contains(Paper(title).Links, l => l.Label == label && l.Kind == kind);
    }

    [Fact]
    public void ShouldReadFiguresWrittenWithASpaceAfterSrc()
    {
        Assert.Equal(["./images/NegCLIP.png"], Paper("WHEN AND WHY VISION-LANGUAGE MODELS").Figures);
        Assert.Equal(["./images/RWKV-CLIP1.png", "./images/RWKV-CLIP2.png"], Paper("RWKV-CLIP").Figures);
        Assert.Empty(Paper("DEMYSTIFYING CLIP DATA").Figures);
    }

    [Fact]
    public void ShouldKeepLinksInsideAnAbstractAsPartOfItsText()
    {
        var clap = Paper("CLAP: Isolating Content");
        Assert.StartsWith("直接使用[作者的回答](https://www.zhihu.com/question/660698707/answer/3550999896)： 从causality理论出发", clap.Abstract);
        Assert.Equal(2, clap.Links.Count);

        var rwkv = Paper("RWKV-CLIP");
        Assert.EndsWith("[RWKV: Reinventing RNNs for the Transformer Era](https://arxiv.org/pdf/2305.13048)", rwkv.Commentary);
    }

    [Fact]
    public void ShouldReportTheListsRealDefectsWithLineNumbers()
    {
        string[] sharedArxiv = ["2211.01335", "2106.14843", "2208.03550"];
        foreach (var id in sharedArxiv)
            Assert.Equal(2, List.Issues.Count(i => i.Code == "duplicate-arxiv-id" && i.Message.Contains(id, StringComparison.Ordinal)));

        var malformed = Assert.Single(List.Issues, i => i.Code == "malformed-arxiv-id");
        Assert.Equal(122, malformed.Line);
        Assert.Contains("2404.089588", malformed.Message);
        Assert.Null(Paper("AMU-Tuning").ArxivId);

        Assert.Contains(List.Issues, i => i.Code == "shared-figure" && i.Line == 48 && i.Message.Contains("AltCLIP.png", StringComparison.Ordinal));
        Assert.Equal(4, List.Issues.Count(i => i.Code == "no-figure"));
        Assert.Contains(List.Issues, i => i.Code == "no-figure" && i.Line == 37);
    }
}
