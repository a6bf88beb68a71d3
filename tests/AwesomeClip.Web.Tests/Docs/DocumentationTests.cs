using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AwesomeClip.Web.Tests.Docs;

/// <summary>
/// The docs stay true: every ADR cited anywhere exists, every relative link in the docs leads to a file, and every
/// type-like name the docs put in code spans is a type or member of the app, its libraries or its tests, a file or
/// folder of the repository, or a configuration key — so a renamed or deleted type cannot linger in the docs.
/// </summary>
public sealed partial class DocumentationTests
{
    /// <summary>Names in code spans that are none of those things, each for a reason.</summary>
    private static readonly HashSet<string> NotCode =
    [
        "AwesomeClip", "NeurIPS", "OmniCLIP", "C2P", // names of the product and of papers
        "AspNetUsers", "AspNetRoles", // tables ASP.NET Core Identity's migrations create
        "TraceId", "SpanId", "FormatterName", // fields of the JSON console log
        "OnSqlite", "OnPostgreSql", // the suffixes of database test class pairs
        "ConnectionStrings", // the configuration section GetConnectionString reads; not in appsettings.json on purpose
        "QueryParser", // Lucene's classic parser, which ADR-009 explains the app does not use
    ];

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex DeclaredType();

    [GeneratedRegex(@"ADR-(\d{3})")]
    private static partial Regex AdrCitation();

    [GeneratedRegex(@"\]\((?!https?:|mailto:|#)([^)\s]+)\)")]
    private static partial Regex RelativeLink();

    [GeneratedRegex(@"^```.*?^```|^    .*?$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<![\w.-])([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)\b")]
    private static partial Regex TypeLikeName();

    private static string Root => TestSupport.AppProcess.RepoRoot;

    private static IEnumerable<string> Markdown() =>
        Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(Root, "README.md"));

    [Fact]
    public void ShouldCiteOnlyDecisionsThatExist()
    {
        var decisions = Directory.GetFiles(Path.Combine(Root, "docs", "decisions"), "ADR-*.md").Select(f => Path.GetFileName(f)[..7]).ToHashSet();
        var sources = Markdown()
            .Concat(SourceFiles("src", "*.cs", "*.razor")).Concat(SourceFiles("tests", "*.cs"))
            .Concat(Directory.GetFiles(Root, "*.props")).Concat(Directory.GetFiles(Path.Combine(Root, ".config")));

        var missing = sources.SelectMany(f => AdrCitation().Matches(File.ReadAllText(f)).Select(m => (File: Relative(f), Adr: m.Value)))
            .Where(c => !decisions.Contains(c.Adr)).ToList();

        Assert.True(decisions.Count >= 20, "the decisions folder was not found");
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void ShouldLinkOnlyToFilesThatExist()
    {
        var broken = Markdown().SelectMany(f => RelativeLink().Matches(WithoutCode(File.ReadAllText(f)))
                .Select(m => m.Groups[1].Value.Split('#')[0])
                .Where(target => target.Length > 0 && !Path.Exists(Path.Combine(Path.GetDirectoryName(f)!, Uri.UnescapeDataString(target))))
                .Select(target => $"{Relative(f)} → {target}"))
            .ToList();

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public void ShouldNameOnlyTypesAndMembersThatExist()
    {
        var known = KnownNames();

        var unknown = Markdown().SelectMany(f => CodeSpan().Matches(File.ReadAllText(f))
                .SelectMany(span => TypeLikeName().Matches(span.Groups[1].Value).Select(n => n.Groups[1].Value))
                .Where(name => !known.Contains(name) && !known.Contains(name + "Attribute") && !NotCode.Contains(name))
                .Select(name => $"{Relative(f)}: {name}"))
            .Distinct().ToList();

        Assert.True(unknown.Count == 0, string.Join('\n', unknown));
    }

    [Theory]
    [InlineData("AwesomeClip.Core")]
    [InlineData("AwesomeClip.Web")]
    public void ShouldDescribeEveryFolderOfTheSourceInTheArchitecture(string project)
    {
        var architecture = File.ReadAllText(Path.Combine(Root, "docs", "architecture.md"));
        var folders = Directory.GetDirectories(Path.Combine(Root, "src", project)).Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj" or "Properties" or "wwwroot")).ToList();

        Assert.NotEmpty(folders);
        Assert.All(folders, f => Assert.Contains($"  {f}/", architecture, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("`CatalogSync` applies the change log", "CatalogSync")]
    [InlineData("see `Import/Merge` and `ChangeSetApplierX`", "ChangeSetApplierX")]
    public void ShouldFindTheNamesInCodeSpans(string markdown, string name)
    {
        var names = CodeSpan().Matches(markdown).SelectMany(s => TypeLikeName().Matches(s.Groups[1].Value).Select(n => n.Groups[1].Value));

        Assert.Contains(name, names);
        Assert.DoesNotContain(name, KnownNames());
    }

    private static readonly Lazy<HashSet<string>> Known = new(() =>
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in Assemblies())
        {
            Type[] types;
            try { types = assembly.GetTypes(); }
            catch (ReflectionTypeLoadException e) { types = [.. e.Types.OfType<Type>()]; }
            foreach (var type in types)
            {
                names.Add(type.Name.Split('`')[0]);
                foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                    names.Add(member.Name.Split('`')[0]);
            }
        }
        foreach (var path in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories)
                     .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal) && !p.Contains("/.git/", StringComparison.Ordinal)))
        {
            names.Add(Path.GetFileNameWithoutExtension(path));
        }
        // Types of the test projects this one does not load (Core.Tests, EndToEnd.Tests, Benchmarks), from their source.
        foreach (var source in SourceFiles("tests", "*.cs"))
            foreach (Match declared in DeclaredType().Matches(File.ReadAllText(source))) names.Add(declared.Groups[1].Value);
        foreach (var settings in Directory.GetFiles(Path.Combine(Root, "src", "AwesomeClip.Web"), "appsettings*.json"))
            AddKeys(JsonDocument.Parse(File.ReadAllText(settings)).RootElement, names);
        return names;
    });

    private static HashSet<string> KnownNames() => Known.Value;

    /// <summary>The app's assemblies, everything they reference, and the test assemblies beside this one (benchmarks and tests are named in the docs too).</summary>
    private static IEnumerable<Assembly> Assemblies()
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var queue = new Queue<Assembly>([typeof(Program).Assembly, typeof(Core.Catalog.Paper).Assembly, typeof(DocumentationTests).Assembly]);
        foreach (var dll in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
        {
            try { queue.Enqueue(Assembly.LoadFrom(dll)); }
            catch (BadImageFormatException) { }
        }
        while (queue.TryDequeue(out var assembly))
        {
            if (!seen.TryAdd(assembly.FullName!, assembly)) continue;
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                try { queue.Enqueue(Assembly.Load(reference)); }
                catch (Exception e) when (e is FileNotFoundException or FileLoadException) { }
            }
        }
        return seen.Values;
    }

    private static void AddKeys(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            names.Add(property.Name);
            AddKeys(property.Value, names);
        }
    }

    private static IEnumerable<string> SourceFiles(string folder, params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Path.Combine(Root, folder), p, SearchOption.AllDirectories))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));

    private static string WithoutCode(string markdown) => CodeSpan().Replace(CodeBlock().Replace(markdown, ""), "");

    private static string Relative(string path) => Path.GetRelativePath(Root, path);
}
