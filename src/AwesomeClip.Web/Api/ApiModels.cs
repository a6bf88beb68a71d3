using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Web.Api;

public sealed record ApiCategory(string Slug, string Name, int Order, int Count);

public sealed record ApiCategoryRef(string Slug, string Name);

public sealed record ApiLink(string Kind, string Label, string Url);

public sealed record ApiPaper(
    int Id,
    string Title,
    int? Year,
    ApiCategoryRef Category,
    string Abstract,
    string? Commentary,
    IReadOnlyList<ApiLink> Links,
    string? GithubRepo,
    string? ArxivId,
    string? FigureUrl,
    int SourceLine)
{
    public static ApiPaper From(PaperDetails p) => new(
        p.Id,
        p.Title,
        p.Year,
        new ApiCategoryRef(p.Category.Slug, p.Category.Name),
        p.Abstract,
        p.Commentary,
        [.. p.Links.Select(l => new ApiLink(l.Kind.ToWireName(), l.Label, l.Url))],
        p.GithubRepo,
        p.ArxivId,
        p.FigureFileNames.Count > 0 ? FigureUrls.For(p.FigureFileNames[0]) : null,
        p.SourceLine);
}

public sealed record ApiPaperPage(int Total, int Page, int PageSize, IReadOnlyList<ApiPaper> Items);
