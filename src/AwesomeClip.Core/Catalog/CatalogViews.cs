namespace AwesomeClip.Core.Catalog;

public sealed record CategorySummary(int Id, string Slug, string Name, int Order, int Count);

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
    DateTime CreatedAt);

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
    DateTime UpdatedAt);

public sealed record YearCount(int Year, int Count);

public sealed record PaperPage(int Total, int Page, int PageSize, IReadOnlyList<PaperDetails> Items);
