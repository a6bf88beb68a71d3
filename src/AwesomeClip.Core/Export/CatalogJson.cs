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
            ordered.Select(c => new CategoryJson(c.Slug, c.Name, c.Order, ListWriter.Live(c).Count()) { Parent = c.Parent?.Slug }).ToList(),
            ordered.SelectMany(c => ListWriter.Live(c).OrderBy(p => p.Year).ThenBy(p => p.Position).ThenBy(p => p.Id).Select(p => PaperJson.From(p, c))).ToList());
    }
}

public sealed record CategoryJson(string Slug, string Name, int Order, int PaperCount)
{
    /// <summary>The slug of the category this one is a sub-category of; null at the top of the tree.</summary>
    public string? Parent { get; init; }
}

public sealed record CategoryRefJson(string Slug, string Name);

public sealed record LinkJson(string Kind, string Label, string Url)
{
    /// <summary>
    /// The links the API gives out: web addresses as stored, files of the list at the path the app serves them from,
    /// nothing else (a row stored before <see cref="LinkUrl"/> was the rule for imports stays out).
    /// </summary>
    public static List<LinkJson> Of(IEnumerable<(LinkKind Kind, string Label, string Url)> links) =>
        [.. links.Select(l => ServedUrl(l.Url) is { } url ? new LinkJson(l.Kind.ToWireName(), l.Label, url) : null).OfType<LinkJson>()];

    public static string? ServedUrl(string? url) => LinkUrl.IsWeb(url) ? url!.Trim() : ListFiles.UrlOf(url);
}

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
    /// <summary>The title's own link.</summary>
    public string? Url { get; init; }

    /// <summary>As the list wrote them ("Mildenhall et al.").</summary>
    public string? Authors { get; init; }

    /// <summary>The venue as written, without its year, and its short name (CVPR, NeurIPS, arXiv…).</summary>
    public VenueJson? Venue { get; init; }

    /// <summary>ISO 8601 with as many parts as the list gives: "2023", "2023-06", "2023-06-30".</summary>
    public string? Date { get; init; }

    /// <summary>The category and the ones above it, from the top of the tree.</summary>
    public IReadOnlyList<CategoryRefJson> CategoryPath { get; init; } = [];

    /// <summary>The list's other columns for this entry (label → text).</summary>
    public IReadOnlyList<ExtraField> Extras { get; init; } = [];

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
            LinkJson.Of(paper.Links.OrderBy(l => l.Position).Select(l => (l.Kind, l.Label, l.Url))),
            paper.GithubRepo,
            paper.ArxivId,
            figure is null ? null : ListFiles.FigureUrl(figure.Path),
            paper.SourceLine)
        {
            Url = LinkJson.ServedUrl(paper.Url),
            Authors = paper.Authors,
            Venue = VenueJson.Of(paper.Venue),
            Date = PaperDates.Iso(paper.Year, paper.Month, paper.Day),
            CategoryPath = PathOf(category),
            Extras = [.. paper.Extras],
        };
    }

    private static List<CategoryRefJson> PathOf(Category category)
    {
        var path = new List<CategoryRefJson>();
        for (var c = category; c is not null && path.Count < 16; c = c.Parent) path.Insert(0, new CategoryRefJson(c.Slug, c.Name));
        return path;
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
            LinkJson.Of(paper.Links.Select(l => (l.Kind, l.Label, l.Url))),
            paper.GithubRepo,
            paper.ArxivId,
            paper.FigurePaths.Count > 0 ? ListFiles.FigureUrl(paper.FigurePaths[0]) : paper.FigureFileNames.Count > 0 ? FigureUrlOf(paper.FigureFileNames[0]) : null,
            paper.SourceLine)
        {
            Url = LinkJson.ServedUrl(paper.Url),
            Authors = paper.Authors,
            Venue = VenueJson.Of(paper.Venue),
            Date = paper.Date,
            CategoryPath = [.. paper.CategoryPath.Select(c => new CategoryRefJson(c.Slug, c.Name))],
            Extras = paper.Extras,
        };
    }

    /// <summary>Where the app serves a figure.</summary>
    public static string FigureUrlOf(string fileName) => "/figures/" + Uri.EscapeDataString(fileName);
}

/// <summary>A venue as the list wrote it and its short, normalised name (<see cref="VenueNames"/>).</summary>
public sealed record VenueJson(string Name, string Short)
{
    public static VenueJson? Of(string? venue) => venue is null ? null : new VenueJson(venue, VenueNames.Short(venue) ?? venue);
}
