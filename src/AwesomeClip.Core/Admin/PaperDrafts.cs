using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Admin;

/// <summary>Moves values between the form, the merge's <see cref="PaperValues"/> and the entity.</summary>
internal static class PaperDrafts
{
    /// <summary>The form's values as they will be stored: trimmed, \n line breaks, link kinds and arXiv id worked out.</summary>
    public static PaperValues FromForm(PaperForm form)
    {
        var links = form.Links
            .Select(l => (Label: l.Label?.Trim() ?? "", Url: l.Url?.Trim() ?? "", l.Kind))
            .Select(l => new LinkValue(l.Kind ?? LinkClassifier.Classify(l.Label, l.Url), l.Label, l.Url))
            .ToList();
        var url = Text(form.Url);
        return new PaperValues(
            form.Title?.Trim() ?? "",
            url,
            OneLine(form.Authors),
            OneLine(form.Venue),
            form.Year,
            form.Month,
            form.Month is null ? null : form.Day,
            form.CategoryId,
            Text(form.Abstract) ?? "",
            Text(form.Commentary),
            Text(form.GithubRepo),
            ArxivId.FromLinks(url, links.Select(l => l.Url)),
            links,
            form.Figures.Select(f => f.Trim()).Where(f => f.Length > 0).ToList(),
            form.Extras.Select(e => new ExtraField(e.Label?.Trim() ?? "", OneLine(e.Text) ?? "")).Where(e => e.Label.Length > 0).ToList());
    }

    public static PaperForm ToForm(Paper paper) => ToForm(PaperValues.Of(paper), paper.CreationToken, paper.Version);

    /// <summary>The form showing <paramref name="values"/>, for the paper at <paramref name="version"/>.</summary>
    public static PaperForm ToForm(PaperValues values, Guid? creationToken, int version) => new()
    {
        CreationToken = creationToken ?? Guid.NewGuid(),
        Version = version,
        Title = values.Title,
        Url = values.Url,
        Authors = values.Authors,
        Venue = values.Venue,
        Year = values.Year,
        Month = values.Month,
        Day = values.Day,
        CategoryId = values.CategoryId,
        Abstract = values.Abstract,
        Commentary = values.Commentary,
        GithubRepo = values.GithubRepo,
        Links = values.Links.Select(l => new LinkForm { Kind = l.Kind, Label = l.Label, Url = l.Url }).ToList(),
        Figures = [.. values.Figures],
        Extras = values.Extras.Select(e => new ExtraForm { Label = e.Label, Text = e.Text }).ToList(),
    };

    /// <summary>Authors, venues and columns are one line in every layout of a list.</summary>
    private static string? OneLine(string? value) =>
        Text(value) is { } text ? string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : null;

    private static string? Text(string? value)
    {
        if (value is null) return null;
        var text = value.ReplaceLineEndings("\n").Trim();
        return text.Length == 0 ? null : text;
    }
}
