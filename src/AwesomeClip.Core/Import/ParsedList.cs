using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import;

/// <summary>What the parser understood of one version of the list.</summary>
public sealed record ParsedList(IReadOnlyList<ParsedCategory> Categories, IReadOnlyList<ImportIssue> Issues)
{
    public IEnumerable<ParsedPaper> Papers => Categories.SelectMany(c => c.Papers);
}

public sealed record ParsedCategory(string Name, int Order, int SourceLine, IReadOnlyList<ParsedPaper> Papers);

public sealed record ParsedPaper(
    string Title,
    int? Year,
    string Abstract,
    string? Commentary,
    IReadOnlyList<ParsedLink> Links,
    string? GithubRepo,
    string? ArxivId,
    IReadOnlyList<string> Figures,
    int SourceLine,
    string SourceMarkdown);

public sealed record ParsedLink(LinkKind Kind, string Label, string Url);
