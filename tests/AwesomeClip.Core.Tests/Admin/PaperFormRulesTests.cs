using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Admin;

public sealed class PaperFormRulesTests
{
    private static readonly FixedClock Clock = FixedClock.At(2025);

    private static PaperForm Valid() => new()
    {
        Title = "CLIPA: An Inverse Scaling Law for CLIP Training",
        Year = 2023,
        CategoryId = 1,
        Abstract = "文章提出了一个令人惊讶的发现.",
        GithubRepo = "UCSC-VLAA/CLIPA",
        Links = [new LinkForm { Label = "Paper", Url = "https://arxiv.org/pdf/2305.07017" }],
    };

    private static IReadOnlyList<FieldError> Errors(Action<PaperForm> change)
    {
        var form = Valid();
        change(form);
        return PaperFormRules.Validate(form, Clock);
    }

    [Fact]
    public void ShouldAcceptAValidForm() => Assert.Empty(PaperFormRules.Validate(Valid(), Clock));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ShouldRequireATitle(string? title)
    {
        var error = Assert.Single(Errors(f => f.Title = title));
        Assert.Equal(("Title", "Enter the paper's title."), (error.Field, error.Message));
    }

    [Fact]
    public void ShouldRefuseATitleLongerThan1000Characters() =>
        Assert.Equal("Title", Assert.Single(Errors(f => f.Title = new string('x', 1001))).Field);

    [Theory]
    [InlineData(1899)]
    [InlineData(2027)]
    [InlineData(0)]
    [InlineData(-5)]
    public void ShouldRefuseAYearOutside1900ToNextYear(int year)
    {
        var error = Assert.Single(Errors(f => f.Year = year));
        Assert.Equal("Year", error.Field);
        Assert.Contains("between 1900 and 2026", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(1997)] // lists of classics go back to LSTM
    [InlineData(2026)]
    [InlineData(null)]
    public void ShouldAcceptYearsFrom1900ToNextYearOrUnknown(int? year) => Assert.Empty(Errors(f => f.Year = year));

    [Fact]
    public void ShouldRequireACategory() => Assert.Equal("CategoryId", Assert.Single(Errors(f => f.CategoryId = null)).Field);

    [Theory]
    [InlineData("openai")]
    [InlineData("https://github.com/openai/CLIP")]
    [InlineData("openai/CLIP/tree/main")]
    [InlineData("-bad/name")]
    [InlineData("owner/<script>")]
    public void ShouldRefuseAGithubRepoThatIsNotOwnerSlashName(string repo)
    {
        var error = Assert.Single(Errors(f => f.GithubRepo = repo));
        Assert.Equal(("GithubRepo", "Write the GitHub repository as owner/name, e.g. openai/CLIP."), (error.Field, error.Message));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("&#106;avascript:alert(1)")]
    [InlineData("javascript&colon;alert(1)")]
    [InlineData("%6Aavascript:alert(1)")]
    [InlineData("\u200Bjavascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("/papers/1")]
    [InlineData("//evil.example/x")]
    [InlineData("arxiv.org/abs/2305.07017")]
    [InlineData("HTTPS://arxiv.org/abs/2305.07017")]
    [InlineData("hTtP://arxiv.org")]
    [InlineData("https:\\\\evil.example")]
    [InlineData("https://evil.example/a b")]
    [InlineData("https://user:pass@evil.example/")]
    [InlineData("https://")]
    [InlineData("ftp://example.org/file")]
    [InlineData("https://exa\u202Emple.org")]
    public void ShouldRefuseAnythingButAPlainAbsoluteHttpUrl(string url)
    {
        var error = Assert.Single(Errors(f => f.Links[0].Url = url));
        Assert.Equal("Links[0].Url", error.Field);
    }

    [Theory]
    [InlineData("https://arxiv.org/abs/2305.07017")]
    [InlineData("http://example.org/path?q=1#frag")]
    [InlineData("https://zhuanlan.zhihu.com/p/660476765")]
    [InlineData("  https://github.com/openai/CLIP  ")]
    public void ShouldAcceptAbsoluteHttpUrls(string url) => Assert.Empty(Errors(f => f.Links[0].Url = url));

    [Theory]
    [InlineData("./citations/clipa.bib")]
    [InlineData("images/CLIPA.png")]
    public void ShouldAcceptAFileBesideTheListAsTheImporterDoes(string url) => Assert.Empty(Errors(f => f.Links[0].Url = url));

    [Theory]
    [InlineData("../outside.bib")]
    [InlineData("notes/page.html")]
    public void ShouldRefuseOtherRelativeLinksSayingWhatIsAllowed(string url) =>
        Assert.Contains("beside the list", Assert.Single(Errors(f => f.Links[0].Url = url)).Message, StringComparison.Ordinal);

    [Fact]
    public void ShouldRequireTheLabelAndUrlOfEveryLinkAndNameTheLink()
    {
        var errors = Errors(f => f.Links.Add(new LinkForm { Label = " ", Url = "" }));

        Assert.Equal(["Links[1].Label", "Links[1].Url"], errors.Select(e => e.Field).Order());
    }

    [Fact]
    public void ShouldReportEveryProblemAtOnce()
    {
        var errors = Errors(f =>
        {
            f.Title = "";
            f.Year = 1800;
            f.GithubRepo = "nope";
            f.Links[0].Url = "javascript:alert(1)";
        });

        Assert.Equal(["GithubRepo", "Links[0].Url", "Title", "Year"], errors.Select(e => e.Field).Order());
    }
}

/// <summary>Look-alike names: invisible characters are refused in every name and title field.</summary>
public sealed class VisibleTextTests
{
    public static TheoryData<string> Hidden =>
    [
        "Tr\u200Bain", "Train\u200D", "\u202ENIART", "Tra\u2066in\u2069", "\u200FTrain", "Tr\u00ADain", "\uFEFFTrain", "Tr\u2060ain", "Train\u3164", "T\U000E0041rain",
    ];

    [Theory]
    [MemberData(nameof(Hidden))]
    public void ShouldRefuseAPaperTitleWithAnInvisibleCharacter(string title)
    {
        var form = new PaperForm { Title = title, CategoryId = 1, Year = 2024 };

        var error = Assert.Single(PaperFormRules.Validate(form, FixedClock.At(2025)));

        Assert.Equal("Title", error.Field);
        Assert.StartsWith("The title contains an invisible character (U+", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Hidden))]
    public void ShouldRefuseALinkLabelWithAnInvisibleCharacter(string label)
    {
        var form = new PaperForm { Title = "A title", CategoryId = 1, Year = 2024, Links = [new LinkForm { Label = label, Url = "https://arxiv.org/abs/2401.00001" }] };

        Assert.Equal("Links[0].Label", Assert.Single(PaperFormRules.Validate(form, FixedClock.At(2025))).Field);
    }

    [Theory]
    [InlineData("Zero-Shot & Few-Shot & Classification")]
    [InlineData("检测与分割")]
    [InlineData("CLIP 🧠 Tricks")]
    [InlineData("Ünïcödé Ñame")]
    public void ShouldAcceptVisibleNames(string name) => Assert.Null(VisibleText.Problem(name, CharacterMessages.TheName));
}
