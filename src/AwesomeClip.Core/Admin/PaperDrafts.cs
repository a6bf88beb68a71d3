using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;

namespace AwesomeClip.Core.Admin;

/// <summary>Moves values between the form, the merge's <see cref="PaperValues"/> and the entity.</summary>
internal static class PaperDrafts
{
    /// <summary>The form's values as they will be stored: trimmed, \n line breaks, link kinds and arXiv id worked out.</summary>
    public static PaperValues FromForm(PaperForm form)
    {
        var links = form.Links
            .Select(l => (Label: l.Label?.Trim() ?? "", Url: l.Url?.Trim() ?? "", l.Kind))
            .Select(l => new ParsedLink(l.Kind ?? LinkClassifier.Classify(l.Label, l.Url), l.Label, l.Url))
            .ToList();
        return new PaperValues(
            form.Title?.Trim() ?? "",
            form.Year,
            form.CategoryId,
            Text(form.Abstract) ?? "",
            Text(form.Commentary),
            Text(form.GithubRepo),
            ArxivOf(links),
            links,
            form.Figures.Select(f => f.Trim()).Where(f => f.Length > 0).ToList());
    }

    public static PaperForm ToForm(Paper paper) => new()
    {
        CreationToken = paper.CreationToken ?? Guid.NewGuid(),
        Version = paper.Version,
        Title = paper.Title,
        Year = paper.Year,
        CategoryId = paper.CategoryId,
        Abstract = paper.Abstract,
        Commentary = paper.Commentary,
        GithubRepo = paper.GithubRepo,
        Links = paper.Links.OrderBy(l => l.Position).Select(l => new LinkForm { Kind = l.Kind, Label = l.Label, Url = l.Url }).ToList(),
        Figures = paper.Figures.OrderBy(f => f.Position).Select(f => f.Path).ToList(),
    };

    /// <summary>Writes the given fields of <paramref name="values"/> into the tracked paper.</summary>
    public static void Write(Paper paper, PaperValues values, Category category, IEnumerable<PaperField> fields)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case PaperField.Title: paper.Title = values.Title; break;
                case PaperField.Year: paper.Year = values.Year; break;
                case PaperField.Category: paper.Category = category; paper.CategoryId = category.Id; break;
                case PaperField.Abstract: paper.Abstract = values.Abstract; break;
                case PaperField.Commentary: paper.Commentary = values.Commentary; break;
                case PaperField.GithubRepo: paper.GithubRepo = values.GithubRepo; break;
                case PaperField.Links:
                    paper.Links.Clear();
                    paper.Links.AddRange(values.Links.Select((l, i) => new PaperLink { Position = i, Kind = l.Kind, Label = l.Label, Url = l.Url }));
                    paper.ArxivId = values.ArxivId;
                    break;
                case PaperField.Figures:
                    paper.Figures.Clear();
                    paper.Figures.AddRange(values.Figures.Select((f, i) => new PaperFigure { Position = i, Path = f }));
                    break;
            }
        }
    }

    /// <summary>The first well-formed arXiv id among the links, as the importer reads it.</summary>
    public static string? ArxivOf(IEnumerable<ParsedLink> links)
    {
        foreach (var link in links)
        {
            if (ArxivId.TryFromUrl(link.Url, out var id, out _) && id is not null) return id;
        }
        return null;
    }

    private static string? Text(string? value)
    {
        if (value is null) return null;
        var text = value.ReplaceLineEndings("\n").Trim();
        return text.Length == 0 ? null : text;
    }
}
