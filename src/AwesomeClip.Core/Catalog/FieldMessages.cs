using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Catalog;

/// <summary>A <see cref="PaperField"/> named inside a sentence, as <see cref="PaperFieldNames.Name"/> names it in English (ADR-037).</summary>
public static class FieldMessages
{
    private const string Area = "Catalog";

    public static readonly MessageTemplate Title = new(Area, "field-title", "title");
    public static readonly MessageTemplate Year = new(Area, "field-year", "year");
    public static readonly MessageTemplate Category = new(Area, "field-category", "category");
    public static readonly MessageTemplate Abstract = new(Area, "field-abstract", "abstract");
    public static readonly MessageTemplate Commentary = new(Area, "field-commentary", "commentary");
    public static readonly MessageTemplate GithubRepo = new(Area, "field-github-repo", "GitHub repo");
    public static readonly MessageTemplate Links = new(Area, "field-links", "links");
    public static readonly MessageTemplate Figures = new(Area, "field-figures", "figures");
    public static readonly MessageTemplate Url = new(Area, "field-url", "title link");
    public static readonly MessageTemplate Authors = new(Area, "field-authors", "authors");
    public static readonly MessageTemplate Venue = new(Area, "field-venue", "venue");
    public static readonly MessageTemplate Date = new(Area, "field-date", "date");
    public static readonly MessageTemplate Extras = new(Area, "field-extras", "other columns");

    public static CoreMessage Said(this PaperField field) => field switch
    {
        PaperField.Title => Title,
        PaperField.Year => Year,
        PaperField.Category => Category,
        PaperField.Abstract => Abstract,
        PaperField.Commentary => Commentary,
        PaperField.GithubRepo => GithubRepo,
        PaperField.Links => Links,
        PaperField.Figures => Figures,
        PaperField.Url => Url,
        PaperField.Authors => Authors,
        PaperField.Venue => Venue,
        PaperField.Date => Date,
        PaperField.Extras => Extras,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>Several fields in one sentence: "abstract, links".</summary>
    public static MessageList Said(this IEnumerable<PaperField> fields) => new(fields.Select(Said), ", ");
}
