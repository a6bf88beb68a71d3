using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Export;

/// <summary>The whole catalog as <c>GET /api/export.json</c> serves it.</summary>
public sealed record CatalogJson(IReadOnlyList<CategoryJson> Categories, IReadOnlyList<PaperJson> Papers)
{
    /// <summary>Categories in list order; papers by category, then year, then position. Trashed papers are left out.</summary>
    public static CatalogJson From(IEnumerable<Category> categories)
    {
        var ordered = categories.OrderBy(c => c.Order).ThenBy(c => c.Id).ToList();
        return new CatalogJson(
            ordered.Select(c => new CategoryJson(c.Slug, c.Name, c.Order, ListWriter.Live(c).Count())).ToList(),
            ordered.SelectMany(c => ListWriter.Live(c).OrderBy(p => p.Year).ThenBy(p => p.Position).ThenBy(p => p.Id).Select(p => PaperJson.From(p, c))).ToList());
    }
}

public sealed record CategoryJson(string Slug, string Name, int Order, int PaperCount);

public sealed record CategoryRefJson(string Slug, string Name);

public sealed record LinkJson(string Kind, string Label, string Url);

/// <summary>The shape of the API's paper; <see cref="Year"/> is null for a row that stood above every year row.</summary>
public sealed record PaperJson(
    int Id,
    string Title,
    int? Year,
    CategoryRefJson Category,
    string Abstract,
    string? Commentary,
    IReadOnlyList<LinkJson> Links,
    string? GithubRepo,
    string? ArxivId,
    string? FigureUrl,
    int SourceLine)
{
    public static PaperJson From(Paper paper, Category category)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(category);
        var figure = paper.Figures.OrderBy(f => f.Position).FirstOrDefault();
        return new PaperJson(
            paper.Id,
            paper.Title,
            paper.Year,
            new CategoryRefJson(category.Slug, category.Name),
            paper.Abstract,
            paper.Commentary,
            paper.Links.OrderBy(l => l.Position).Select(l => new LinkJson(l.Kind.ToWireName(), l.Label, l.Url)).ToList(),
            paper.GithubRepo,
            paper.ArxivId,
            figure is null ? null : FigureUrlOf(figure.FileName),
            paper.SourceLine);
    }

    /// <summary>The API's paper from the read side (<see cref="CatalogReader"/>).</summary>
    public static PaperJson From(PaperDetails paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new PaperJson(
            paper.Id,
            paper.Title,
            paper.Year,
            new CategoryRefJson(paper.Category.Slug, paper.Category.Name),
            paper.Abstract,
            paper.Commentary,
            [.. paper.Links.Select(l => new LinkJson(l.Kind.ToWireName(), l.Label, l.Url))],
            paper.GithubRepo,
            paper.ArxivId,
            paper.FigureFileNames.Count > 0 ? FigureUrlOf(paper.FigureFileNames[0]) : null,
            paper.SourceLine);
    }

    /// <summary>Where the app serves a figure.</summary>
    public static string FigureUrlOf(string fileName) => "/figures/" + Uri.EscapeDataString(fileName);
}
