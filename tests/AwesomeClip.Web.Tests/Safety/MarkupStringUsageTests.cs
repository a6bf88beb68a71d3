using System.Reflection;
using System.Text.RegularExpressions;

namespace AwesomeClip.Web.Tests.Safety;

/// <summary>Raw HTML reaches a page only through <c>HtmlSafety</c>: no MarkupString or AddMarkupContent anywhere else.</summary>
public sealed partial class MarkupStringUsageTests
{
    private const string AllowedFile = "src/AwesomeClip.Web/Safety/HtmlSafety.cs";

    [GeneratedRegex(@"@\*.*?\*@|/\*.*?\*/|<!--.*?-->|(?<![:""])//[^\n]*", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"\bMarkupString\b|\bAddMarkupContent\b")]
    private static partial Regex RawHtml();

    private static string RepoRoot => typeof(MarkupStringUsageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    [Fact]
    public void ShouldUseMarkupStringOnlyInHtmlSafety()
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

        Assert.NotEmpty(files);
        Assert.Empty(offenders);
        Assert.Matches(RawHtml(), File.ReadAllText(Path.Combine(RepoRoot, AllowedFile)));
    }
}
