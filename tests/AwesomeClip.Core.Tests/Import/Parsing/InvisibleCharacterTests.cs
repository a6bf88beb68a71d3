using AwesomeClip.Core.Import;
using AwesomeClip.Core.Import.Parsing;
using AwesomeClip.Core.Tests.TestSupport;

namespace AwesomeClip.Core.Tests.Import.Parsing;

/// <summary>A list cannot bring in the look-alike names the editor refuses: the import leaves the character out and says so.</summary>
public sealed class InvisibleCharacterTests
{
    private const string List = "# L\n\n## Tr\u200Bain\n\n- [Ti\u202Etle](https://a.example/), A. Author, CVPR 2021\n";

    [Fact]
    public void ShouldLeaveInvisibleCharactersOutOfSectionNamesAndTitlesAndWarn()
    {
        var list = ListParser.Parse(List);

        Assert.Equal("Train", Assert.Single(list.Categories).Name);
        Assert.Equal("Title", Assert.Single(list.Papers).Title);
        var warnings = list.Issues.Where(i => i.Code == "invisible-character").ToList();
        Assert.Equal([3, 5], warnings.Select(w => w.Line));
        Assert.All(warnings, w => Assert.Equal(ImportIssueSeverity.Warning, w.Severity));
        Assert.Contains("U+200B: zero width space", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("U+202E: a text direction control", warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShouldStillWriteSuchAListBackByteForByte()
    {
        await using var list = await ImportedList.OfAsync(List);

        Assert.Equal(List, await list.ExportAsync());
    }

    [Theory]
    [InlineData("## P\n- [\u202E\u3164](https://a.example/), A. Author, CVPR 2021\n- [Real](https://r.example/), B. Author, ICCV 2022\n")]
    [InlineData("## P\n| Title | Year |\n|---|---|\n| \u202E | 2024 |\n| [Real](https://r.example/) | 2023 |\n")]
    public void ShouldNotTakeATitleOfInvisibleCharactersForATitle(string markdown)
    {
        var list = ListParser.Parse(markdown);

        Assert.All(list.Papers, p => Assert.NotEqual("", p.Title));
        Assert.Contains(list.Issues, i => i.Severity == ImportIssueSeverity.Skipped && i.Message.Contains("no title", StringComparison.Ordinal));
    }
}
