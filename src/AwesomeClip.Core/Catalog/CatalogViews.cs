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

    /// <summary>The first figure as the list refers to it (<c>./images/x.png</c>); <see cref="FigureFileName"/> is its file name.</summary>
    public string? FigurePath { get; init; }

    /// <summary>The beginning of the abstract (<see cref="TextExcerpt.AbstractLength"/>); null without one.</summary>
    public string? AbstractExcerpt { get; init; }

    /// <summary>The first line of the curator's note (<see cref="TextExcerpt.NoteLength"/>); null without a note.</summary>
    public string? NoteExcerpt { get; init; }

    public bool HasNote => NoteExcerpt is not null;

    /// <summary>The links a list row offers (<see cref="RowLinks"/>: code, paper, project), in the list's order.</summary>
    public IReadOnlyList<LinkView> Links { get; init; } = [];
}

/// <summary>A page of papers in list order, and how many there are in all.</summary>
public sealed record PaperSummaryPage(int Total, int Page, int PageSize, IReadOnlyList<PaperSummary> Items)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>1-based position of the first paper of the page; 0 for an empty page.</summary>
    public int First => Items.Count == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int Last => Items.Count == 0 ? 0 : First + Items.Count - 1;
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
