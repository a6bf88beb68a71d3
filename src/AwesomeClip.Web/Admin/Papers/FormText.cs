using System.Globalization;
using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Import;

namespace AwesomeClip.Web.Admin.Papers;

/// <summary>A form's field as the conflict view shows it: text, or a list for links and figures.</summary>
public static class FormText
{
    public static string? Text(PaperForm form, PaperField field, IReadOnlyList<AdminCategory> categories) => field switch
    {
        PaperField.Title => form.Title,
        PaperField.Year => form.Year?.ToString(CultureInfo.InvariantCulture),
        PaperField.Category => categories.FirstOrDefault(c => c.Id == form.CategoryId)?.Name ?? (form.CategoryId is null ? null : $"#{form.CategoryId}"),
        PaperField.Abstract => form.Abstract,
        PaperField.Commentary => form.Commentary,
        PaperField.GithubRepo => form.GithubRepo,
        _ => null,
    };

    public static IReadOnlyList<string>? Items(PaperForm form, PaperField field) => field switch
    {
        PaperField.Links => form.Links.Select(l => $"{l.Label} ({(l.Kind ?? LinkClassifier.Classify(l.Label ?? "", l.Url ?? "")).ToWireName()}): {l.Url}").ToList(),
        PaperField.Figures => form.Figures,
        _ => null,
    };
}
