using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Tests.TestSupport;

/// <summary>Builds a paper as a maintainer would create it in the app (no imported row).</summary>
public sealed class PaperBuilder
{
    private string title = "A Paper About CLIP";
    private int? year = 2024;
    private string @abstract = "文章提出一种方法.";
    private string? commentary;
    private string? githubRepo;
    private string? arxivId;
    private string? url;
    private string? authors;
    private string? venue;
    private int? month;
    private int? day;
    private readonly List<(string Label, string Url)> links = [];
    private readonly List<string> figures = [];
    private DateTime createdAt = new(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public PaperBuilder WithTitle(string value) { title = value; return this; }

    public PaperBuilder WithYear(int? value) { year = value; return this; }

    public PaperBuilder WithAbstract(string value) { @abstract = value; return this; }

    public PaperBuilder WithCommentary(string? value) { commentary = value; return this; }

    public PaperBuilder WithGithubRepo(string value)
    {
        githubRepo = value;
        return WithLink("Github", $"https://github.com/{value}");
    }

    public PaperBuilder WithArxiv(string id)
    {
        arxivId = id;
        return WithLink("Paper", $"https://arxiv.org/pdf/{id}");
    }

    public PaperBuilder WithLink(string label, string url) { links.Add((label, url)); return this; }

    /// <summary>The title's own link.</summary>
    public PaperBuilder WithUrl(string value) { url = value; return this; }

    public PaperBuilder WithAuthors(string value) { authors = value; return this; }

    public PaperBuilder WithVenue(string value) { venue = value; return this; }

    public PaperBuilder WithDate(int? monthValue, int? dayValue = null) { month = monthValue; day = dayValue; return this; }

    public PaperBuilder WithFigure(string path) { figures.Add(path); return this; }

    public PaperBuilder CreatedAt(DateTime value) { createdAt = value; return this; }

    public Paper Build(Category? category = null, int position = 0)
    {
        var paper = new Paper
        {
            Title = title,
            Year = year,
            Abstract = @abstract,
            Commentary = commentary,
            GithubRepo = githubRepo,
            ArxivId = arxivId,
            Url = url,
            Authors = authors,
            Venue = venue,
            Month = month,
            Day = day,
            Position = position,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            Version = 1,
        };
        if (category is not null) paper.Category = category;
        paper.Links.AddRange(links.Select((l, i) => new PaperLink { Position = i, Kind = LinkClassifier.Classify(l.Label, l.Url), Label = l.Label, Url = l.Url }));
        paper.Figures.AddRange(figures.Select((f, i) => new PaperFigure { Position = i, Path = f }));
        return paper;
    }
}
