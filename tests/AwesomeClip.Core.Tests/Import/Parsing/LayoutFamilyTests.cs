using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Tests.Import.Parsing;

/// <summary>One small list per layout family, written for the test; each asserts on the fields of the entries it reads.</summary>
public sealed class LayoutFamilyTests
{
    private static ParsedPaper Only(string markdown) => Assert.Single(ListParser.Parse(markdown).Papers);

    [Fact]
    public void ShouldReadABulletWithTitleLinkAuthorsVenueYearAndPipeSeparatedLinks()
    {
        var p = Only("## Papers\n- [Fast Fields: Rendering at Speed](https://fast.example/), Ann Lee et al., CVPR 2023 | [github](https://github.com/ann/fast) | [bibtex](./citations/fast.txt) <!---lee23fast-->\n");

        Assert.Equal("Fast Fields: Rendering at Speed", p.Title);
        Assert.Equal("https://fast.example/", p.Url);
        Assert.Equal("Ann Lee et al.", p.Authors);
        Assert.Equal("CVPR", p.Venue);
        Assert.Equal((2023, YearSource.Venue), (p.Year!.Value, p.YearSource));
        Assert.Equal([new LinkValue(LinkKind.Github, "github", "https://github.com/ann/fast"), new LinkValue(LinkKind.Bibtex, "bibtex", "./citations/fast.txt")], p.Links);
        Assert.Equal(EntryLayout.Bullet, p.Layout);
    }

    [Theory]
    [InlineData("- **Distilling knowledge** (2015), G. Hinton et al. [[pdf]](http://arxiv.org/pdf/1503.02531)", "Distilling knowledge", "G. Hinton et al.", null, 2015, YearSource.Parenthesis)]
    [InlineData("- [StyleCLIP: Text-Driven Manipulation](https://arxiv.org/abs/2103.17249) [[code](https://github.com/o/StyleCLIP)]", "StyleCLIP: Text-Driven Manipulation", null, null, 2021, YearSource.ArxivId)]
    [InlineData("- OpenCLIP (3rd-party, PyTorch) [[code](https://github.com/mlfoundations/open_clip)]", "OpenCLIP (3rd-party, PyTorch)", null, null, null, YearSource.None)]
    [InlineData("- [DeRF: Decomposed Radiance Fields](https://arxiv.org/abs/2011.12490), Rebain et al. Arxiv 2020 | [bibtex](./derf.txt)", "DeRF: Decomposed Radiance Fields", "Rebain et al.", "Arxiv", 2020, YearSource.Venue)]
    [InlineData("- [Sem2NeRF](https://x.example/), Chen et al., NeurIPS'22", "Sem2NeRF", "Chen et al.", "NeurIPS", 2022, YearSource.Venue)]
    [InlineData("- [Lift](https://lift.example/), Bhalgat et al., NeurIPS 2023 (**Spotlight**)", "Lift", "Bhalgat et al.", "NeurIPS", 2023, YearSource.Venue)]
    [InlineData("- [**MICCAI 2020**] Lesion Synthesis with Diffusion [[paper]](https://x.example/p.pdf)", "Lesion Synthesis with Diffusion", null, "MICCAI", 2020, YearSource.Venue)]
    [InlineData("- Neural Network and Deep Learning (Book, Jan 2017), Michael Nielsen. [[html]](http://nn.example/)", "Neural Network and Deep Learning", "Michael Nielsen", "Book", 2017, YearSource.Date)]
    [InlineData("- [NeRF-W](https://github.com/kwea123/nerf_pl/tree/nerfw), [@kwea123](https://github.com/kwea123), 2021", "NeRF-W", "@kwea123", null, 2021, YearSource.Venue)]
    [InlineData("- Theano: A Python framework for fast computation, R. Al-Rfou et al.", "Theano: A Python framework for fast computation", "R. Al-Rfou et al.", null, null, YearSource.None)]
    public void ShouldReadTheBulletShapesOfTheFamily(string bullet, string title, string? authors, string? venue, int? year, YearSource source)
    {
        var p = Only("## Papers\n" + bullet + "\n");

        Assert.Equal((title, authors, venue, year, source), (p.Title, p.Authors, p.Venue, p.Year, p.YearSource));
    }

    [Fact]
    public void ShouldReadLinesThatStartWithTheirTitleLink()
    {
        var list = ListParser.Parse("## Talks\n\n[Neural Fields Explained](https://youtu.be/abc), ICCV 2021\n[Scenes as Functions](https://youtu.be/def), CVPR 2022\n");

        Assert.Equal(["Neural Fields Explained", "Scenes as Functions"], list.Papers.Select(p => p.Title));
        Assert.All(list.Papers, p => Assert.Equal(EntryLayout.Line, p.Layout));
        Assert.Equal([2021, 2022], list.Papers.Select(p => p.Year!.Value));
        Assert.Equal("ICCV", list.Papers.First().Venue);
    }

    [Fact]
    public void ShouldReadABlockOfTitleAuthorsVenueLinksAndDate()
    {
        var p = Only("## Survey\n\n**A Survey on Video Diffusion** \\\n*Zhen Xing, Qi Dai and Yu-Gang Jiang* \\\narXiv 2023. [[Paper](https://arxiv.org/abs/2310.10647)] [[Github](https://github.com/x/y)] \\\n16 Oct 2023\n");

        Assert.Equal("A Survey on Video Diffusion", p.Title);
        Assert.Equal("Zhen Xing, Qi Dai and Yu-Gang Jiang", p.Authors);
        Assert.Equal("arXiv", p.Venue);
        Assert.Equal((2023, 10, 16, YearSource.Date), (p.Year!.Value, p.Month, p.Day, p.YearSource));
        Assert.Equal([LinkKind.Paper, LinkKind.Github], p.Links.Select(l => l.Kind));
        Assert.Equal((EntryLayout.Block, 4), (p.Layout, p.LineCount));
    }

    [Fact]
    public void ShouldReadABoldTitleFollowedByALabelledLinkList()
    {
        var p = Only("# 论文合集\n\n## 目标检测(Object Detection)\n\n**Boosting Detection at Night**\n\n- Homepage: https://night.example/\n\n- Paper: https://arxiv.org/abs/2312.01220\n- Code: https://github.com/z/night\n");

        Assert.Equal("Boosting Detection at Night", p.Title);
        Assert.Equal(
            [new LinkValue(LinkKind.Project, "Homepage", "https://night.example/"), new LinkValue(LinkKind.Paper, "Paper", "https://arxiv.org/abs/2312.01220"), new LinkValue(LinkKind.Code, "Code", "https://github.com/z/night")],
            p.Links);
        Assert.Equal("2312.01220", p.ArxivId);
        Assert.Equal(EntryLayout.Block, p.Layout);
    }

    [Fact]
    public void ShouldReadTablesKeyedOnAnyColumnsByTheirHeaders()
    {
        var list = ListParser.Parse("""
            ## Models

            | Date | Model | Publication | Code | Backbone |
            |---|---|---|---|---|
            | 2023-06-30 | [Tiny-CLIP](https://arxiv.org/abs/2306.00001) | ICCV 2023 | [code](https://github.com/t/tiny) | ViT-B |
            | Jun 2022 | **Wide-CLIP** | Arxiv | | ResNet |
            """);

        var (tiny, wide) = (list.Papers.First(), list.Papers.Last());
        Assert.Equal(("Tiny-CLIP", "https://arxiv.org/abs/2306.00001", "ICCV"), (tiny.Title, tiny.Url, tiny.Venue));
        Assert.Equal((2023, 6, 30, YearSource.Date), (tiny.Year!.Value, tiny.Month, tiny.Day, tiny.YearSource));
        Assert.Equal([new LinkValue(LinkKind.Code, "code", "https://github.com/t/tiny")], tiny.Links);
        Assert.Equal([new ExtraField("Backbone", "ViT-B")], tiny.Extras);
        Assert.Equal(("Wide-CLIP", "Arxiv", 2022, 6), (wide.Title, wide.Venue, wide.Year, wide.Month));
        var columns = Assert.Single(Assert.Single(list.Sections, s => s.Path == "Models").Columns);
        Assert.Equal("Date → date, Model → title, Publication → venue, Code → code, Backbone → other", columns);
    }

    [Theory]
    [InlineData("Paper Title")]
    [InlineData("Name")]
    [InlineData("论文")]
    [InlineData("📄 Papers")]
    public void ShouldFindTheTitleColumnByAnyOfItsNames(string header)
    {
        var p = Only($"## A\n\n| Year | {header} |\n|---|---|\n| 2021 | [Some Title](https://x.example/) |\n");

        Assert.Equal(("Some Title", 2021, YearSource.YearColumn), (p.Title, p.Year, p.YearSource));
    }

    [Fact]
    public void ShouldTakeACodeColumnsLinksAsCodeWhateverTheirLabels()
    {
        var p = Only("## A\n\n|Year|Conf/Jour|Code|Title|OtherInfo|\n|:-:|:-:|:-:|:-:|:-:|\n|2022|ECCV|[TF](https://github.com/a/b) [Torch](https://site.example/impl)|[T](https://arxiv.org/pdf/2201.00001.pdf)|[Project Page](https://p.example/)|\n");

        Assert.Equal([LinkKind.Github, LinkKind.Code, LinkKind.Project], p.Links.Select(l => l.Kind));
        Assert.Equal(("ECCV", 2022, YearSource.YearColumn), (p.Venue, p.Year, p.YearSource));
    }

    [Theory]
    [InlineData("## P\n| Title | Year |\n|---|---|\n| [A](https://a.example/) | 2019 |\n", 2019, YearSource.YearColumn)]
    [InlineData("## P\n| Paper Title | Date |\n|---|---|\n| [A](https://a.example/) | 2023-06-30 |\n", 2023, YearSource.Date)]
    [InlineData("## P\n| Model | Date |\n|---|---|\n| [A](https://a.example/) | Jun 2023 |\n", 2023, YearSource.Date)]
    [InlineData("## P\n| Title | Abstract | Intro | Useful Links |\n|:----| :---:| :----: | :---:|\n|2022|\n| **A** <br>| x | | |\n", 2022, YearSource.YearRow)]
    [InlineData("## P\n- [A](https://a.example/), X et al., ECCV 2020\n", 2020, YearSource.Venue)]
    [InlineData("## P\n- **A** (2015), X. Writer et al. [[pdf]](https://a.example/a.pdf)\n", 2015, YearSource.Parenthesis)]
    [InlineData("# CVPR 2024 Papers with Code\n## P\n**A**\n- Code: https://github.com/a/b\n", 2024, YearSource.ListTitle)]
    [InlineData("## P\n- [A](https://arxiv.org/abs/2106.01234) [[code](https://github.com/a/b)]\n", 2021, YearSource.ArxivId)]
    public void ShouldSayWhichSourceGaveEachYear(string markdown, int year, YearSource source)
    {
        var p = Only(markdown);

        Assert.Equal(((int?)year, source), (p.Year, p.YearSource));
    }
}
