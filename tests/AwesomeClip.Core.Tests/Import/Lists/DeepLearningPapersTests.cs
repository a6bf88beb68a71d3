using System.Text.RegularExpressions;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Lists;

/// <summary>
/// terryum/awesome-deep-learning-papers (2018-10-19): bullets <c>- **Title** (2015), G. Hinton et al. [[pdf]](…)</c> in the
/// top-100 sections, plain titles without bold in "New papers", "Old Papers" and the appendix, some without a link, and
/// lectures, tutorials and blogs. All category headings are <c>###</c> and stand below the <c>## Contents</c> heading, but a
/// reader sees them as the list's top-level sections. Every expectation is read from the file.
/// </summary>
public sealed class DeepLearningPapersTests
{
    private const string Name = "deep-learning-papers";

    /// <summary>The entries of the list at the commit MANIFEST.tsv names.</summary>
    private const int Entries = 238;

    private static ParsedList List => RealLists.Parse(Name);

    private static LinkValue Pdf(string url) => new(LinkKind.Paper, "pdf", url);

    private static readonly (string Section, int Entries)[] Sections =
    [
        ("Understanding / Generalization / Transfer", 7),
        ("Optimization / Training Techniques", 7),
        ("Unsupervised / Generative Models", 7),
        ("Convolutional Neural Network Models", 12),
        ("Image: Segmentation / Object Detection", 8),
        ("Image / Video / Etc", 11),
        ("Natural Language Processing / RNNs", 18),
        ("Speech / Other Domain", 6),
        ("Reinforcement Learning / Robotics", 9),
        ("More Papers from 2016", 15),
        ("New papers", 16),
        ("Old Papers", 16),
        ("HW / SW / Dataset", 8),
        ("Book / Survey / Review", 10),
        ("Video Lectures / Tutorials / Blogs", 15),
        ("Appendix: More than Top 100", 73),
    ];

    [RealListFact]
    public void ShouldCountEveryTopLevelSectionOfDeepLearningPapersAsItsBullets()
    {
        // The top 100 are the first ten sections (7+7+7+12+8+11+18+6+9+15); the appendix is 26 (2016) + 31 (2015) + 16 (~2014).
        Assert.Equal(Sections, RealListChecks.TopLevelCounts(List));
        Assert.Equal(100, Sections.Take(10).Sum(s => s.Entries));
        Assert.Equal(Entries, List.Papers.Count());
    }

    [RealListFact]
    public void ShouldTakeEveryBulletAfterTheContentsButTheThematicBreaks()
    {
        // Before line 71: the criteria ("- **2016** : +60 citations"), "+ Can anyone contribute…" and the contents, none an entry.
        var expected = RealListChecks.LinesWhere(RealLists.Text(Name), (n, line) => n > 70 && Regex.IsMatch(line, @"^[-*+] ") && line.TrimEnd() != "* * *");
        Assert.Equal(Entries, expected.Count);
        Assert.Equal(expected, List.Papers.Select(p => p.SourceLine).Order());
    }

    [RealListFact]
    public void ShouldReportTheTableOfContentsOfDeepLearningPapersAsContents()
    {
        // "## Contents" holds only links into the page: the role the report has for a table of contents.
        Assert.Equal(SectionRole.Contents, List.Sections.Single(s => s.Line == 47).Role);
    }

    [RealListFact]
    public void ShouldMakeTheHeadingsBelowContentsTopLevelCategories()
    {
        Assert.Equal(Sections.Select(s => $"{s.Section} ({s.Entries})"), RealListChecks.Tree(List));
        Assert.All(List.Categories, c => Assert.Null(c.Parent));
        string[] notCategories = ["Background", "Awesome list criteria", "Contents", "Acknowledgement", "License"];
        Assert.DoesNotContain(List.Categories, c => notCategories.Contains(c.Name));
        Assert.Equal(SectionRole.Boilerplate, List.Sections.Single(s => s.Line == 382).Role);
        Assert.Equal(SectionRole.Boilerplate, List.Sections.Single(s => s.Line == 386).Role);
        Assert.Equal("Awesome - Most Cited Deep Learning Papers", List.Info.Title);
    }

    [RealListFact]
    public void ShouldReadABoldTitleWithItsYearInParenthesesAndItsAuthors()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(72, "Distilling the knowledge in a neural network")
            {
                Authors = "G. Hinton et al.",
                Year = 2015,
                YearSource = YearSource.Parenthesis,
                Links = [Pdf("http://arxiv.org/pdf/1503.02531")],
                ArxivId = "1503.02531",
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(77, "Visualizing and understanding convolutional networks")
            {
                Authors = "M. Zeiler and R. Fergus",
                Year = 2014,
                YearSource = YearSource.Parenthesis,
                Links = [Pdf("http://arxiv.org/pdf/1311.2901")],
                ArxivId = "1311.2901",
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldReadAuthorsThatFollowTheYearWithoutAComma()
    {
        new ExpectedEntry(89, "Random search for hyper-parameter optimization")
        {
            Authors = "J. Bergstra and Y. Bengio",
            Year = 2012,
            YearSource = YearSource.Parenthesis,
            Links = [Pdf("http://www.jmlr.org/papers/volume13/bergstra12a/bergstra12a")],
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldTakeTheYearOfABoldTitleWithoutOneFromItsArxivLink()
    {
        new ExpectedEntry(126, "Semantic image segmentation with deep convolutional nets and fully connected CRFs")
        {
            Authors = "L. Chen et al.",
            Year = 2014,
            YearSource = YearSource.ArxivId,
            Links = [Pdf("https://arxiv.org/pdf/1412.7062")],
            ArxivId = "1412.7062",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadAWebLinkAfterThePdf()
    {
        new ExpectedEntry(197, "WaveNet: A Generative Model for Raw Audio")
        {
            Authors = "A. Oord et al.",
            Year = 2016,
            YearSource = YearSource.Parenthesis,
            Links = [Pdf("https://arxiv.org/pdf/1609.03499v2"), new(LinkKind.Other, "web", "https://deepmind.com/blog/wavenet-generative-model-raw-audio/")],
            ArxivId = "1609.03499",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadPlainTitlesWithoutBoldInNewAndOldPapers()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(215, "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications")
            {
                Authors = "Andrew G. Howard et al.",
                Year = 2017,
                YearSource = YearSource.Parenthesis,
                Links = [Pdf("https://arxiv.org/pdf/1704.04861.pdf")],
                ArxivId = "1704.04861",
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(218, "Accurate, Large Minibatch SGD:Training ImageNet in 1 Hour")
            {
                Authors = "Priya Goyal et al.",
                Year = 2017,
                YearSource = YearSource.Parenthesis,
                Links = [Pdf("https://research.fb.com/wp-content/uploads/2017/06/imagenet1kin1h3.pdf")],
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(250, "Long short-term memory")
            {
                Authors = "S. Hochreiter and J. Schmidhuber",
                Year = 1997,
                YearSource = YearSource.Parenthesis,
                Links = [Pdf("http://www.mitpressjournals.org/doi/pdfplus/10.1162/neco.1997.9.8.1735")],
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldReadAPlainTitleWithoutYearUpToItsAuthors()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(247, "Reducing the dimensionality of data with neural networks")
            {
                Authors = "G. Hinton and R. Salakhutdinov",
                Links = [Pdf("http://homes.mpimf-heidelberg.mpg.de/~mhelmsta/pdf/2006%20Hinton%20Salakhudtkinov%20Science.pdf")],
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(378, "A Fast and Accurate Dependency Parser using Neural Networks")
            {
                Authors = "Chen and Manning",
                Links = [Pdf("http://cs.stanford.edu/people/danqi/papers/emnlp2014.pdf")],
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldTakeEntriesWithoutAnyLinkWhenTheirAuthorsAreClear()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(257, "Theano: A Python framework for fast computation of mathematical expressions")
            {
                Authors = "R. Al-Rfou et al.",
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(368, "On the properties of neural machine translation: Encoder-decoder approaches")
            {
                Authors = "K. Cho et. al.",
                Year = 2014,
                YearSource = YearSource.Parenthesis,
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldKeepAYearWrittenInsideATitleAsPartOfTheTitle()
    {
        // "Neural Machine Translation and Sequence-to-sequence Models(2017): A Tutorial": the year stands inside the title,
        // which is kept as written (an edit of the year cannot reach into it); the arXiv id gives the same year.
        new ExpectedEntry(267, "Neural Machine Translation and Sequence-to-sequence Models(2017): A Tutorial")
        {
            Authors = "G. Neubig",
            Year = 2017,
            YearSource = YearSource.ArxivId,
            Links = [Pdf("http://arxiv.org/pdf/1703.01619v1.pdf")],
            ArxivId = "1703.01619",
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadBooksWithTheirMonthAndYear()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(268, "Neural Network and Deep Learning")
            {
                Authors = "Michael Nielsen",
                Venue = "Book",
                Year = 2017,
                Month = 1,
                YearSource = YearSource.Date,
                Links = [new(LinkKind.Other, "html", "http://neuralnetworksanddeeplearning.com/index.html")],
                Layout = EntryLayout.Bullet,
            },
            new ExpectedEntry(269, "Deep learning")
            {
                Authors = "Goodfellow et al.",
                Venue = "Book",
                Year = 2016,
                YearSource = YearSource.Parenthesis,
                Links = [new(LinkKind.Other, "html", "http://www.deeplearningbook.org/")],
                Layout = EntryLayout.Bullet,
            });
    }

    [RealListFact]
    public void ShouldReadABlogAsItsNameAndItsWebLink()
    {
        ExpectedEntry.AssertAll(List,
            new ExpectedEntry(291, "OpenAI") { Links = [new(LinkKind.Other, "web", "https://www.openai.com/")], Layout = EntryLayout.Bullet },
            new ExpectedEntry(294, "Colah's Blog") { Links = [new(LinkKind.Other, "Web", "http://colah.github.io/")], Layout = EntryLayout.Bullet });
    }

    [RealListFact]
    public void ShouldReadAnAppendixEntryWithoutAuthors()
    {
        new ExpectedEntry(342, "Beyond short snippents: Deep networks for video classification")
        {
            Year = 2015,
            YearSource = YearSource.Parenthesis,
            Links = [Pdf("http://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Ng_Beyond_Short_Snippets_2015_CVPR_paper.pdf")],
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadAPdfLinkWrittenWithASpaceBeforeItsUrl()
    {
        // "[[pdf]] (https://…)": not a markdown link, but plainly the entry's pdf.
        new ExpectedEntry(356, "Improving distributional similarity with lessons learned from word embeddings")
        {
            Authors = "O. Levy et al.",
            Links = [Pdf("https://www.transacl.org/ojs/index.php/tacl/article/download/570/124")],
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReadAYearWhoseParenthesisIsNeverClosed()
    {
        new ExpectedEntry(364, "Learning a Deep Convolutional Network for Image Super-Resolution")
        {
            Authors = "C. Dong et al.",
            Year = 2014,
            YearSource = YearSource.Parenthesis,
            Links = [Pdf("https://www.researchgate.net/profile/Chen_Change_Loy/publication/264552416_Lecture_Notes_in_Computer_Science/links/53e583e50cf25d674e9c280e.pdf")],
            Layout = EntryLayout.Bullet,
        }.AssertIn(List);
    }

    [RealListFact]
    public void ShouldReportNothingOfDeepLearningPapersAsSkipped()
    {
        // The criteria bullets, the badges and the license badge are not entries; every bullet that is, is taken.
        Assert.True(RealListChecks.SkippedLines(List).Count == 0, RealListChecks.SkippedReport(List));
    }

    [RealListFact]
    public async Task ShouldExportDeepLearningPapersByteForByte()
    {
        await RealListChecks.AssertExportsByteForByteAsync(RealLists.Readme(Name));
    }
}
