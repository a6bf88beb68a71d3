using System.Reflection;
using System.Text.RegularExpressions;

namespace AwesomeClip.Web.Tests.Safety;

/// <summary>
/// No raw HTML reaches a page: the list's text is rendered as text (ADR-002), so no MarkupString or AddMarkupContent
/// appears anywhere in the app's source but in <see cref="AllowedFile"/>: structured data, a JSON value written with
/// HTML-sensitive characters escaped (ScholarlyArticleTests), inside a script element whose text is never HTML.
/// </summary>
public sealed partial class MarkupStringUsageTests
{
    [GeneratedRegex(@"@\*.*?\*@|/\*.*?\*/|<!--.*?-->|(?<![:""])//[^\n]*", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"\bMarkupString\b|\bAddMarkupContent\b")]
    private static partial Regex RawHtml();

    private const string AllowedFile = "src/AwesomeClip.Web/Discovery/JsonLdScript.razor";

    private static string RepoRoot => typeof(MarkupStringUsageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    [Fact]
    public void ShouldRenderNoRawHtmlAnywhere()
    {
        var src = Path.Combine(RepoRoot, "src");
        var files = Directory.EnumerateFiles(src, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var offenders = files
            .Where(f => RawHtml().IsMatch(Comments().Replace(File.ReadAllText(f), "")))
            .Select(f => Path.GetRelativePath(RepoRoot, f).Replace('\\', '/'))
            .Where(f => f != AllowedFile);

        Assert.Contains(files, f => f.EndsWith("PaperPage.razor", StringComparison.Ordinal));
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("@((MarkupString)paper.Abstract)")]
    [InlineData("builder.AddMarkupContent(0, html);")]
    [InlineData("<p>@(new MarkupString(x))</p> @* not a comment *@")]
    public void ShouldFindRawHtmlWhereverItIsWritten(string code) => Assert.Matches(RawHtml(), Comments().Replace(code, ""));

    [Theory]
    [InlineData("// MarkupString is never used")]
    [InlineData("@* AddMarkupContent *@")]
    [InlineData("<!-- MarkupString -->")]
    public void ShouldNotCountAMentionInAComment(string code) => Assert.DoesNotMatch(RawHtml(), Comments().Replace(code, ""));
}
