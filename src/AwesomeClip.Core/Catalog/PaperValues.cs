using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AwesomeClip.Core.Catalog;

/// <summary>
/// The mergeable fields of a paper, wherever they come from: the catalog (mine), the baseline (last import), an entry
/// of the list (theirs) or the editor's form. The one field model: the importer, the merge, the editor and the export
/// compare, describe and write fields only through it. <see cref="CategoryId"/> is null when the entry's category does
/// not exist yet.
/// </summary>
public sealed record PaperValues(
    string Title,
    string? Url,
    string? Authors,
    string? Venue,
    int? Year,
    int? Month,
    int? Day,
    int? CategoryId,
    string Abstract,
    string? Commentary,
    string? GithubRepo,
    string? ArxivId,
    IReadOnlyList<LinkValue> Links,
    IReadOnlyList<string> Figures,
    IReadOnlyList<ExtraField> Extras)
{
    public static readonly PaperField[] Fields = Enum.GetValues<PaperField>();

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static PaperValues Of(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new(
            paper.Title, paper.Url, paper.Authors, paper.Venue, paper.Year, paper.Month, paper.Day, paper.CategoryId,
            paper.Abstract, paper.Commentary, paper.GithubRepo, paper.ArxivId,
            paper.Links.OrderBy(l => l.Position).Select(l => new LinkValue(l.Kind, l.Label, l.Url)).ToList(),
            paper.Figures.OrderBy(f => f.Position).Select(f => f.Path).ToList(),
            paper.Extras.ToList());
    }

    public static PaperValues Of(PaperBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return new(
            baseline.Title, baseline.Url, baseline.Authors, baseline.Venue, baseline.Year, baseline.Month, baseline.Day, baseline.CategoryId,
            baseline.Abstract, baseline.Commentary, baseline.GithubRepo, baseline.ArxivId,
            ReadLinks(baseline.Links), ReadFigures(baseline.Figures), ReadExtras(baseline.Extras));
    }

    public bool Same(PaperValues other, PaperField field)
    {
        ArgumentNullException.ThrowIfNull(other);
        return field switch
        {
            PaperField.Title => Title == other.Title,
            PaperField.Url => Url == other.Url,
            PaperField.Authors => Authors == other.Authors,
            PaperField.Venue => Venue == other.Venue,
            PaperField.Year => Year == other.Year,
            PaperField.Date => Month == other.Month && Day == other.Day,
            PaperField.Category => CategoryId is not null && CategoryId == other.CategoryId,
            PaperField.Abstract => Abstract == other.Abstract,
            PaperField.Commentary => Commentary == other.Commentary,
            PaperField.GithubRepo => GithubRepo == other.GithubRepo,
            PaperField.Links => Links.SequenceEqual(other.Links),
            PaperField.Figures => Figures.SequenceEqual(other.Figures, StringComparer.Ordinal),
            PaperField.Extras => Extras.SequenceEqual(other.Extras),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    public bool SameEverywhere(PaperValues other) => Fields.All(f => Same(other, f));

    /// <summary>
    /// The field as <c>FieldChange</c> spells it: Year as digits, Date as ISO with the year ("2023-06-30"), Category as
    /// its name, Links, Figures and Extras as JSON arrays; null where the field is empty.
    /// </summary>
    public string? Text(PaperField field, Func<PaperValues, string> categoryName)
    {
        ArgumentNullException.ThrowIfNull(categoryName);
        return field switch
        {
            PaperField.Title => Title,
            PaperField.Url => Url,
            PaperField.Authors => Authors,
            PaperField.Venue => Venue,
            PaperField.Year => Year?.ToString(CultureInfo.InvariantCulture),
            PaperField.Date => Month is null ? null : PaperDates.Iso(Year, Month, Day),
            PaperField.Category => categoryName(this),
            PaperField.Abstract => Abstract.Length == 0 ? null : Abstract,
            PaperField.Commentary => Commentary,
            PaperField.GithubRepo => GithubRepo,
            PaperField.Links => WriteLinks(Links),
            PaperField.Figures => Serialize(Figures),
            PaperField.Extras => Serialize(Extras),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    /// <summary>
    /// The inverse of <see cref="Text"/>: these values with <paramref name="field"/> read back from its spelling (a
    /// revision's old value, to revert it). Category takes the id <paramref name="categoryId"/> its name resolved to.
    /// Null when the text cannot be read as the field.
    /// </summary>
    public PaperValues? WithText(PaperField field, string? text, int? categoryId = null)
    {
        switch (field)
        {
            case PaperField.Date:
                if (!PaperDates.TryParseIso(text, out _, out var month, out var day)) return null;
                return this with { Month = month, Day = day };
            case PaperField.Year:
                if (text is null) return this with { Year = null };
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? this with { Year = year } : null;
            case PaperField.Category:
                return categoryId is null ? null : this with { CategoryId = categoryId };
        }
        try
        {
            return field switch
            {
                PaperField.Title => this with { Title = text ?? "" },
                PaperField.Url => this with { Url = text },
                PaperField.Authors => this with { Authors = text },
                PaperField.Venue => this with { Venue = text },
                PaperField.Abstract => this with { Abstract = text ?? "" },
                PaperField.Commentary => this with { Commentary = text },
                PaperField.GithubRepo => this with { GithubRepo = text },
                PaperField.Links => this with { Links = ReadLinks(text ?? "[]") },
                PaperField.Figures => this with { Figures = ReadFigures(text ?? "[]") },
                PaperField.Extras => this with { Extras = ReadExtras(text) },
                _ => throw new ArgumentOutOfRangeException(nameof(field)),
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the given fields into a tracked paper: the one writer of the entity's fields.</summary>
    public void WriteTo(Paper paper, IEnumerable<PaperField> fields, Category category)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            switch (field)
            {
                case PaperField.Title: paper.Title = Title; break;
                case PaperField.Url: paper.Url = Url; break;
                case PaperField.Authors: paper.Authors = Authors; break;
                case PaperField.Venue: paper.Venue = Venue; break;
                case PaperField.Year: paper.Year = Year; break;
                case PaperField.Date: (paper.Month, paper.Day) = (Month, Day); break;
                case PaperField.Category: paper.Category = category; paper.CategoryId = category.Id; break;
                case PaperField.Abstract: paper.Abstract = Abstract; break;
                case PaperField.Commentary: paper.Commentary = Commentary; break;
                case PaperField.GithubRepo: paper.GithubRepo = GithubRepo; break;
                case PaperField.Links:
                    paper.Links.Clear();
                    paper.Links.AddRange(Links.Select((l, i) => new PaperLink { Position = i, Kind = l.Kind, Label = l.Label, Url = l.Url }));
                    break;
                case PaperField.Figures:
                    paper.Figures.Clear();
                    paper.Figures.AddRange(Figures.Select((f, i) => new PaperFigure { Position = i, Path = f }));
                    break;
                case PaperField.Extras: paper.Extras = [.. Extras]; break;
            }
        }
        // The arXiv id is not edited: it follows the links, by the importer's rule.
        paper.ArxivId = Catalog.ArxivId.FromLinks(paper.Url, paper.Links.OrderBy(l => l.Position).Select(l => l.Url));
    }

    public void CopyTo(PaperBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        baseline.Title = Title;
        baseline.Url = Url;
        baseline.Authors = Authors;
        baseline.Venue = Venue;
        baseline.Year = Year;
        baseline.Month = Month;
        baseline.Day = Day;
        baseline.CategoryId = CategoryId ?? throw new InvalidOperationException("the category must exist before the baseline is written");
        baseline.Abstract = Abstract;
        baseline.Commentary = Commentary;
        baseline.GithubRepo = GithubRepo;
        baseline.ArxivId = ArxivId;
        baseline.Links = WriteLinks(Links);
        baseline.Figures = Serialize(Figures);
        baseline.Extras = Serialize(Extras);
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static List<string> ReadFigures(string json) => JsonSerializer.Deserialize<List<string>>(json, Json) ?? [];

    public static List<ExtraField> ReadExtras(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<ExtraField>>(json, Json) ?? [];

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);

    private static string WriteLinks(IEnumerable<LinkValue> links) =>
        JsonSerializer.Serialize(links.Select(l => new LinkJson(l.Kind.ToWireName(), l.Label, l.Url)), Json);

    public static List<LinkValue> ReadLinks(string json) =>
        (JsonSerializer.Deserialize<List<LinkJson>>(json, Json) ?? [])
            .Select(l => new LinkValue(LinkClassifier.TryParseWireName(l.Kind, out var kind) ? kind : LinkKind.Other, l.Label, l.Url))
            .ToList();

    private sealed record LinkJson(string Kind, string Label, string Url);
}
