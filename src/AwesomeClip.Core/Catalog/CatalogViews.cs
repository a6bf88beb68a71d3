namespace AwesomeClip.Core.Catalog;

/// <summary>A category with its own papers' count; <see cref="Total"/> counts its sub-categories' too.</summary>
public sealed record CategorySummary(int Id, string Slug, string Name, int Order, int Count)
{
    public int? ParentId { get; init; }

    /// <summary>0 at the top of the tree.</summary>
    public int Depth { get; init; }

    public int Total { get; init; }
}

public sealed record CategoryRef(string Slug, string Name);

public sealed record LinkView(LinkKind Kind, string Label, string Url);

public sealed record PaperSummary(
    int Id,
    string Title,
    int? Year,
    CategoryRef Category,
    string? GithubRepo,
    string? ArxivId,
    string? FigureFileName,
    bool HasCode,
    DateTime CreatedAt)
{
    public string? Authors { get; init; }

    public string? Venue { get; init; }

    /// <summary>The title's own link.</summary>
    public string? Url { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }
}

public sealed record PaperDetails(
    int Id,
    string Title,
    int? Year,
    CategoryRef Category,
    string Abstract,
    string? Commentary,
    IReadOnlyList<LinkView> Links,
    string? GithubRepo,
    string? ArxivId,
    IReadOnlyList<string> FigureFileNames,
    int SourceLine,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The title's own link.</summary>
    public string? Url { get; init; }

    public string? Authors { get; init; }

    /// <summary>As the list wrote it, without the year.</summary>
    public string? Venue { get; init; }

    public string? VenueShort => VenueNames.Short(Venue);

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>"2023-06-30", "2023-06" or "2023"; null without a year.</summary>
    public string? Date => PaperDates.Iso(Year, Month, Day);

    public IReadOnlyList<ExtraField> Extras { get; init; } = [];

    /// <summary>The figures as the list refers to them (<c>./images/x.png</c>), in order; <see cref="ListFiles.FigureUrl"/> serves them.</summary>
    public IReadOnlyList<string> FigurePaths { get; init; } = [];

    /// <summary>The category and the categories above it, from the top.</summary>
    public IReadOnlyList<CategoryRef> CategoryPath { get; init; } = [];
}

public sealed record YearCount(int Year, int Count);

public sealed record PaperPage(int Total, int Page, int PageSize, IReadOnlyList<PaperDetails> Items);
