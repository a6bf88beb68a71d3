using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import;

/// <summary>
/// The mergeable fields of a paper, wherever they come from: the catalog (mine), the baseline (last import) or a row
/// of the list (theirs). <see cref="CategoryId"/> is null when the row's category does not exist yet.
/// </summary>
internal sealed record PaperValues(
    string Title,
    int? Year,
    int? CategoryId,
    string Abstract,
    string? Commentary,
    string? GithubRepo,
    string? ArxivId,
    IReadOnlyList<ParsedLink> Links,
    IReadOnlyList<string> Figures)
{
    public static readonly PaperField[] Fields = Enum.GetValues<PaperField>();

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static PaperValues Of(Paper paper) => new(
        paper.Title, paper.Year, paper.CategoryId, paper.Abstract, paper.Commentary, paper.GithubRepo, paper.ArxivId,
        paper.Links.OrderBy(l => l.Position).Select(l => new ParsedLink(l.Kind, l.Label, l.Url)).ToList(),
        paper.Figures.OrderBy(f => f.Position).Select(f => f.Path).ToList());

    public static PaperValues Of(PaperBaseline baseline) => new(
        baseline.Title, baseline.Year, baseline.CategoryId, baseline.Abstract, baseline.Commentary, baseline.GithubRepo, baseline.ArxivId,
        ReadLinks(baseline.Links), ReadFigures(baseline.Figures));

    public static PaperValues Of(ParsedPaper row, int? categoryId) => new(
        row.Title, row.Year, categoryId, row.Abstract, row.Commentary, row.GithubRepo, row.ArxivId, row.Links, row.Figures);

    public bool Same(PaperValues other, PaperField field) => field switch
    {
        PaperField.Title => Title == other.Title,
        PaperField.Year => Year == other.Year,
        PaperField.Category => CategoryId is not null && CategoryId == other.CategoryId,
        PaperField.Abstract => Abstract == other.Abstract,
        PaperField.Commentary => Commentary == other.Commentary,
        PaperField.GithubRepo => GithubRepo == other.GithubRepo,
        PaperField.Links => Links.SequenceEqual(other.Links),
        PaperField.Figures => Figures.SequenceEqual(other.Figures, StringComparer.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public bool SameEverywhere(PaperValues other) => Fields.All(f => Same(other, f));

    /// <summary>The field as <see cref="FieldChange"/> spells it.</summary>
    public string? Text(PaperField field, Func<PaperValues, string> categoryName) => field switch
    {
        PaperField.Title => Title,
        PaperField.Year => Year?.ToString(CultureInfo.InvariantCulture),
        PaperField.Category => categoryName(this),
        PaperField.Abstract => Abstract.Length == 0 ? null : Abstract,
        PaperField.Commentary => Commentary,
        PaperField.GithubRepo => GithubRepo,
        PaperField.Links => WriteLinks(Links),
        PaperField.Figures => JsonSerializer.Serialize(Figures, Json),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public void CopyTo(PaperBaseline baseline)
    {
        baseline.Title = Title;
        baseline.Year = Year;
        baseline.CategoryId = CategoryId ?? throw new InvalidOperationException("the category must exist before the baseline is written");
        baseline.Abstract = Abstract;
        baseline.Commentary = Commentary;
        baseline.GithubRepo = GithubRepo;
        baseline.ArxivId = ArxivId;
        baseline.Links = WriteLinks(Links);
        baseline.Figures = JsonSerializer.Serialize(Figures, Json);
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    internal static List<string> ReadFigures(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    internal static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);

    private static string WriteLinks(IEnumerable<ParsedLink> links) =>
        JsonSerializer.Serialize(links.Select(l => new LinkJson(l.Kind.ToWireName(), l.Label, l.Url)), Json);

    internal static List<ParsedLink> ReadLinks(string json) =>
        (JsonSerializer.Deserialize<List<LinkJson>>(json, Json) ?? [])
            .Select(l => new ParsedLink(LinkClassifier.TryParseWireName(l.Kind, out var kind) ? kind : LinkKind.Other, l.Label, l.Url))
            .ToList();

    private sealed record LinkJson(string Kind, string Label, string Url);
}
