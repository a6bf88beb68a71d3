using System.Text.Json;
using System.Text.RegularExpressions;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>Which readers a section's entries are read with.</summary>
public enum EntryFamily
{
    Any,
    Table,
    Bullets,
    Lines,
    Blocks,
}

/// <summary>
/// What a maintainer tells the importer about a list it reads wrong (<c>awesomeclip.json</c> beside the list; see
/// docs/layout-file.md): column roles for every table, and per section whether to import it, which entry layout it uses,
/// its column roles, and a regular expression that reads its entries.
/// </summary>
public sealed class ListLayout
{
    public const string FileName = "awesomeclip.json";

    public static readonly ListLayout Default = new([], new Dictionary<string, ColumnRole>(StringComparer.OrdinalIgnoreCase), null);

    private static readonly string[] PatternGroups = ["title", "url", "authors", "venue", "year", "date", "abstract", "note"];

    private ListLayout(IReadOnlyList<SectionRule> sections, IReadOnlyDictionary<string, ColumnRole> columns, string? json)
    {
        Sections = sections;
        Columns = columns;
        Json = json;
    }

    public IReadOnlyList<SectionRule> Sections { get; }

    /// <summary>Header → role for every table (a section's own columns come first).</summary>
    public IReadOnlyDictionary<string, ColumnRole> Columns { get; }

    /// <summary>The file's text as given (stored with the import, so the export reads its template the same way).</summary>
    public string? Json { get; }

    /// <summary>The rule for a section (by name or by path "Papers/Vision"; "*" matches any name), if any.</summary>
    public SectionRule? For(IReadOnlyList<string> path) =>
        Sections.LastOrDefault(s => s.Matches(path));

    public IReadOnlyDictionary<string, ColumnRole> ColumnsFor(SectionRule? rule)
    {
        if (rule is null || rule.Columns.Count == 0) return Columns;
        var merged = new Dictionary<string, ColumnRole>(Columns, StringComparer.OrdinalIgnoreCase);
        foreach (var (header, role) in rule.Columns) merged[header] = role;
        return merged;
    }

    /// <summary>A layout whose only rule is <paramref name="rule"/>, for a section named <paramref name="name"/> (the export checks an entry in it).</summary>
    internal ListLayout Only(SectionRule? rule, string name) =>
        new(rule is null ? [] : [rule with { Match = name }], Columns, Json);

    /// <summary>Reads a layout file; refuses (naming the file and what is wrong) anything it does not understand.</summary>
    public static ListLayout Parse(string json, string fileName = FileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw Refuse(fileName, $"is not valid JSON (line {(e.LineNumber ?? 0) + 1}: {e.Message.Split('.')[0]})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Refuse(fileName, "must be a JSON object with \"columns\" and/or \"sections\"");
            Known(root, fileName, "the file", "$schema", "columns", "sections");
            var columns = root.TryGetProperty("columns", out var c) ? ReadColumns(c, fileName, "columns") : new Dictionary<string, ColumnRole>(StringComparer.OrdinalIgnoreCase);
            var sections = new List<SectionRule>();
            if (root.TryGetProperty("sections", out var s))
            {
                if (s.ValueKind != JsonValueKind.Array) throw Refuse(fileName, "\"sections\" must be an array of { \"match\": \"Section name\", … }");
                var i = 0;
                foreach (var item in s.EnumerateArray()) sections.Add(ReadSection(item, fileName, $"sections[{i++}]"));
            }
            return new ListLayout(sections, columns, json);
        }
    }

    /// <summary>The layout file beside a list, if there is one.</summary>
    public static async Task<ListLayout> BesideAsync(string listPath, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(listPath)) ?? ".", FileName);
        return File.Exists(path) ? await FromFileAsync(path, cancellationToken).ConfigureAwait(false) : Default;
    }

    public static async Task<ListLayout> FromFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path)) throw new ImportRefusedException($"The layout file {path} does not exist.");
        var info = new FileInfo(path);
        if (info.Length > 256 * 1024) throw Refuse(Path.GetFileName(path), "is larger than 256 KB; a layout file names a few columns and sections");
        return Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), Path.GetFileName(path));
    }

    private static SectionRule ReadSection(JsonElement item, string file, string where)
    {
        if (item.ValueKind != JsonValueKind.Object) throw Refuse(file, $"{where} must be an object like {{ \"match\": \"Talks\", \"import\": false }}");
        Known(item, file, where, "match", "import", "layout", "columns", "pattern");
        if (!item.TryGetProperty("match", out var match) || match.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(match.GetString()))
            throw Refuse(file, $"{where} needs \"match\": the section's name or path (\"Papers/Vision\"; \"*\" matches any name)");
        bool? import = null;
        if (item.TryGetProperty("import", out var imp))
        {
            if (imp.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw Refuse(file, $"{where}.import must be true or false");
            import = imp.GetBoolean();
        }
        var family = EntryFamily.Any;
        if (item.TryGetProperty("layout", out var layout))
        {
            if (layout.ValueKind != JsonValueKind.String || !Enum.TryParse(layout.GetString(), ignoreCase: true, out family) || family == EntryFamily.Any || int.TryParse(layout.GetString(), out _))
                throw Refuse(file, $"{where}.layout must be one of table, bullets, lines, blocks");
        }
        var columns = item.TryGetProperty("columns", out var c) ? ReadColumns(c, file, $"{where}.columns") : new Dictionary<string, ColumnRole>(StringComparer.OrdinalIgnoreCase);
        Regex? pattern = null;
        if (item.TryGetProperty("pattern", out var p))
        {
            if (p.ValueKind != JsonValueKind.String) throw Refuse(file, $"{where}.pattern must be a regular expression in a string");
            try
            {
                pattern = new Regex(p.GetString()!, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            }
            catch (ArgumentException e)
            {
                throw Refuse(file, $"{where}.pattern is not a valid regular expression: {e.Message}");
            }
            var names = pattern.GetGroupNames().Where(n => !int.TryParse(n, out _)).ToList();
            if (!names.Contains("title")) throw Refuse(file, $"{where}.pattern must have a (?<title>…) group");
            if (names.FirstOrDefault(n => !PatternGroups.Contains(n)) is { } unknown)
                throw Refuse(file, $"{where}.pattern has a group (?<{unknown}>…); the groups it may name are {string.Join(", ", PatternGroups)}");
        }
        return new SectionRule(match.GetString()!.Trim(), import, family, columns, pattern);
    }

    private static Dictionary<string, ColumnRole> ReadColumns(JsonElement element, string file, string where)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Refuse(file, $"{where} must be an object mapping headers to roles, e.g. {{ \"Conf/Jour\": \"venue\" }}");
        var map = new Dictionary<string, ColumnRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || !TableColumns.TryParse(property.Value.GetString()!, out var role))
            {
                var roles = string.Join(", ", Enum.GetValues<ColumnRole>().Select(r => r.Name()));
                throw Refuse(file, $"{where}[\"{property.Name}\"] must be one of {roles}");
            }
            map[property.Name.Trim()] = role;
        }
        return map;
    }

    private static void Known(JsonElement element, string file, string where, params string[] names)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!names.Contains(property.Name, StringComparer.Ordinal))
                throw Refuse(file, $"{where} has an unknown key \"{property.Name}\" (known: {string.Join(", ", names.Where(n => n[0] != '$'))})");
        }
    }

    private static ImportRefusedException Refuse(string file, string what) => new($"The layout file {file} {what}; nothing was imported.");
}

/// <summary>One section's rule in a layout file.</summary>
public sealed record SectionRule(string Match, bool? Import, EntryFamily Layout, IReadOnlyDictionary<string, ColumnRole> Columns, Regex? Pattern)
{
    public bool Matches(IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var parts = Match.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length == 1) return Same(parts[0], path[^1]);
        if (parts.Length > path.Count) return false;
        return parts.Zip(path.Skip(path.Count - parts.Length)).All(p => Same(p.First, p.Second));
    }

    private static bool Same(string pattern, string name) => pattern == "*" || string.Equals(pattern, name.Trim(), StringComparison.OrdinalIgnoreCase);
}
