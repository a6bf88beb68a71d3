using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AwesomeClip.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace AwesomeClip.Web.Tests.Localization;

/// <summary>
/// Every resource exists in both languages, and every key the code asks for exists (ADR-035): IStringLocalizer answers
/// a missing key with the key itself, silently English on a Chinese page.
/// </summary>
public sealed partial class ResourceParityTests
{
    private static string WebSource => Path.Combine(TestSupport.AppProcess.RepoRoot, "src", "AwesomeClip.Web");

    private static IEnumerable<string> EnglishResources =>
        Directory.EnumerateFiles(WebSource, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal));

    [Fact]
    public void ShouldHaveEveryKeyInBothLanguagesWithAValue()
    {
        var resources = EnglishResources.ToList();
        Assert.True(resources.Count >= 8, $"found only {resources.Count} resource files under {WebSource}");
        var problems = new List<string>();
        foreach (var english in resources)
        {
            var chinese = Path.ChangeExtension(english, null) + ".zh-CN.resx";
            if (!File.Exists(chinese))
            {
                problems.Add($"{Relative(english)} has no zh-CN.resx");
                continue;
            }
            var en = Read(english);
            var zh = Read(chinese);
            problems.AddRange(en.Keys.Except(zh.Keys).Select(k => $"{Relative(chinese)} lacks \"{k}\""));
            problems.AddRange(zh.Keys.Except(en.Keys).Select(k => $"{Relative(english)} lacks \"{k}\""));
            problems.AddRange(en.Concat(zh).Where(kv => string.IsNullOrEmpty(kv.Value)).Select(kv => $"\"{kv.Key}\" is empty in {Relative(english)} or its zh-CN"));
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ShouldFindEveryKeyTheCodeAsksForInTheResourcesOfItsType()
    {
        var keysOf = EnglishResources.ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Read(f).Keys.ToHashSet(StringComparer.Ordinal));
        var problems = new List<string>();
        var used = 0;
        foreach (var file in SourceFiles())
        {
            var text = File.ReadAllText(file);
            foreach (Match declaration in LocalizerDeclaration().Matches(text))
            {
                var (type, name) = (declaration.Groups["type"].Value, declaration.Groups["name"].Value);
                if (!keysOf.TryGetValue(type, out var keys))
                {
                    problems.Add($"{Relative(file)}: IStringLocalizer<{type}> has no {type}.resx");
                    continue;
                }
                foreach (Match use in new Regex($@"\b{Regex.Escape(name)}\[""((?:[^""\\]|\\.)*)""").Matches(text))
                {
                    used++;
                    var key = Regex.Unescape(use.Groups[1].Value);
                    if (!keys.Contains(key)) problems.Add($"{Relative(file)}: {type}.resx has no \"{key}\"");
                }
            }
            foreach (Match title in ProblemTitle().Matches(text))
            {
                used++;
                if (!keysOf[nameof(ProblemTitles)].Contains(title.Groups["title"].Value))
                    problems.Add($"{Relative(file)}: ProblemTitles.resx has no \"{title.Groups["title"].Value}\"");
            }
            foreach (Match resource in ResourceName().Matches(text))
            {
                used++;
                if (!keysOf.TryGetValue(resource.Groups["type"].Value, out var keys) || !keys.Contains(resource.Groups["name"].Value))
                    problems.Add($"{Relative(file)}: {resource.Groups["type"].Value}.resx has no \"{resource.Groups["name"].Value}\"");
            }
        }
        Assert.True(used > 500, $"only {used} keys found: is the scan still finding the localizers?");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void ShouldEmbedEveryResourceForEachCulture(string culture)
    {
        using var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        var factory = services.GetRequiredService<IStringLocalizerFactory>();
        var markers = typeof(Program).Assembly.GetTypes()
            .Where(t => EnglishResources.Any(f => Path.GetFileNameWithoutExtension(f) == t.Name) && !t.IsAbstract).ToList();
        // English is the neutral resources; Chinese must come from the zh-CN satellite alone, without falling back.
        Assert.True(markers.Count >= 8, $"only {markers.Count} resource classes");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            foreach (var type in markers)
            {
                var resx = Read(EnglishResources.Single(f => Path.GetFileNameWithoutExtension(f) == type.Name));
                var strings = factory.Create(type).GetAllStrings(includeParentCultures: culture == "en").ToDictionary(s => s.Name, s => s.Value);
                Assert.True(resx.Count == strings.Count, $"{type.Name} in {culture}: {strings.Count} of {resx.Count} strings embedded");
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void ShouldTranslateTheAccountFormsMessages()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var zh = typeof(AwesomeClip.Web.Accounts.FormMessages).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (string)p.GetValue(null)!).ToList();
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("The {0} field is required.", AwesomeClip.Web.Accounts.FormMessages.Required);
            Assert.All(zh, m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebSource, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static Dictionary<string, string> Read(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    private static string Relative(string file) => Path.GetRelativePath(WebSource, file);

    [GeneratedRegex(@"IStringLocalizer<(?<type>\w+)>\s+(?<name>\w+)")]
    private static partial Regex LocalizerDeclaration();

    /// <summary>Literal problem titles: <c>title: "…"</c> of Results.Problem and <c>Title = "…"</c> of ProblemDetails.</summary>
    [GeneratedRegex(@"(?:\btitle:\s*|ProblemDetails\s*=\s*\{[^}]*Title\s*=\s*)""(?<title>[^""]+)""")]
    private static partial Regex ProblemTitle();

    [GeneratedRegex(@"(?:ErrorMessageResourceName|Name)\s*=\s*nameof\((?<type>\w+)\.(?<name>\w+)\)")]
    private static partial Regex ResourceName();
}
