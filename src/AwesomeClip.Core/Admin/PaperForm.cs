using System.ComponentModel.DataAnnotations;
using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Admin;

/// <summary>What the paper editor binds to (never the entity). <see cref="PaperFormRules"/> validates it.</summary>
public sealed class PaperForm : IValidatableObject
{
    public const int FirstYear = PaperDates.FirstYear;

    /// <summary>Idempotency token of a new paper's form: submitting the same form twice creates one paper.</summary>
    public Guid CreationToken { get; set; } = Guid.NewGuid();

    /// <summary>The paper's version when the form was loaded; a save against a newer version is a conflict.</summary>
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter the paper's title.")]
    [StringLength(1000, ErrorMessage = "The title is longer than 1000 characters.")]
    public string? Title { get; set; }

    /// <summary>The link on the title (a project page or the paper); empty when the title has none.</summary>
    public string? Url { get; set; }

    [StringLength(2_000, ErrorMessage = "The authors are longer than 2000 characters.")]
    public string? Authors { get; set; }

    [StringLength(300, ErrorMessage = "The venue is longer than 300 characters.")]
    public string? Venue { get; set; }

    public int? Year { get; set; }

    /// <summary>1-12, only with a year.</summary>
    public int? Month { get; set; }

    /// <summary>1-31, only with a month.</summary>
    public int? Day { get; set; }

    [Required(ErrorMessage = "Choose a category.")]
    public int? CategoryId { get; set; }

    [StringLength(20_000, ErrorMessage = "The abstract is longer than 20000 characters.")]
    public string? Abstract { get; set; }

    [StringLength(5_000, ErrorMessage = "The commentary is longer than 5000 characters.")]
    public string? Commentary { get; set; }

    [StringLength(200, ErrorMessage = "The GitHub repository is longer than 200 characters.")]
    public string? GithubRepo { get; set; }

    public List<LinkForm> Links { get; set; } = [];

    /// <summary>Figure paths as the list writes them (<c>./images/x.png</c>), in order.</summary>
    public List<string> Figures { get; set; } = [];

    /// <summary>The entry's other columns (label → text), as the list's table has them.</summary>
    public List<ExtraForm> Extras { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var lastYear = clock.GetUtcNow().Year + 1;
        if (VisibleText.Problem(Title, "The title") is { } hidden)
            yield return new ValidationResult(hidden, [nameof(Title)]);
        if (Year is { } year && (year < FirstYear || year > lastYear))
            yield return new ValidationResult($"Enter a year between {FirstYear} and {lastYear}, or leave it empty when unknown.", [nameof(Year)]);
        if (Month is not null && !PaperDates.IsValid(Year, Month, Day is null ? null : 1))
            yield return new ValidationResult(Year is null ? "A month needs a year." : "Enter a month between 1 and 12.", [nameof(Month)]);
        else if (Day is not null && !PaperDates.IsValid(Year, Month, Day))
            yield return new ValidationResult(Month is null ? "A day needs a month." : "This day does not exist in that month.", [nameof(Day)]);
        if (!string.IsNullOrWhiteSpace(Url) && LinkUrl.Problem(Url) is { } urlProblem)
            yield return new ValidationResult(urlProblem, [nameof(Url)]);
        if (!string.IsNullOrWhiteSpace(GithubRepo) && !Catalog.GithubRepo.IsValid(GithubRepo.Trim()))
            yield return new ValidationResult("Write the GitHub repository as owner/name, e.g. openai/CLIP.", [nameof(GithubRepo)]);
        for (var i = 0; i < Links.Count; i++)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(Links[i], new ValidationContext(Links[i]), results, validateAllProperties: true);
            if (LinkUrl.Problem(Links[i].Url) is { } problem && !results.Any(r => r.MemberNames.Contains(nameof(LinkForm.Url))))
                results.Add(new ValidationResult(problem, [nameof(LinkForm.Url)]));
            if (VisibleText.Problem(Links[i].Label, "The label") is { } hiddenInLabel)
                results.Add(new ValidationResult(hiddenInLabel, [nameof(LinkForm.Label)]));
            foreach (var r in results)
                yield return new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => $"{nameof(Links)}[{i}].{m}").ToList());
        }
        for (var i = 0; i < Extras.Count; i++)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(Extras[i], new ValidationContext(Extras[i]), results, validateAllProperties: true);
            foreach (var r in results)
                yield return new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => $"{nameof(Extras)}[{i}].{m}").ToList());
        }
    }
}

public sealed class LinkForm
{
    /// <summary>Null: worked out from the label and URL as the importer does.</summary>
    public LinkKind? Kind { get; set; }

    [Required(ErrorMessage = "Enter the link's label, e.g. Paper or Github.")]
    [StringLength(200, ErrorMessage = "The label is longer than 200 characters.")]
    public string? Label { get; set; }

    [Required(ErrorMessage = "Enter the link's URL.")]
    public string? Url { get; set; }
}

public sealed class ExtraForm
{
    [Required(ErrorMessage = "Enter the column's name.")]
    [StringLength(100, ErrorMessage = "The column's name is longer than 100 characters.")]
    public string? Label { get; set; }

    [StringLength(2_000, ErrorMessage = "The text is longer than 2000 characters.")]
    public string? Text { get; set; }
}
