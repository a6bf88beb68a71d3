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

    [Required(ErrorMessage = EditorMessages.TitleRequiredText)]
    [StringLength(1000, ErrorMessage = EditorMessages.TitleTooLongText)]
    public string? Title { get; set; }

    /// <summary>The link on the title (a project page or the paper); empty when the title has none.</summary>
    public string? Url { get; set; }

    [StringLength(2_000, ErrorMessage = EditorMessages.AuthorsTooLongText)]
    public string? Authors { get; set; }

    [StringLength(300, ErrorMessage = EditorMessages.VenueTooLongText)]
    public string? Venue { get; set; }

    public int? Year { get; set; }

    /// <summary>1-12, only with a year.</summary>
    public int? Month { get; set; }

    /// <summary>1-31, only with a month.</summary>
    public int? Day { get; set; }

    [Required(ErrorMessage = EditorMessages.CategoryRequiredText)]
    public int? CategoryId { get; set; }

    [StringLength(20_000, ErrorMessage = EditorMessages.AbstractTooLongText)]
    public string? Abstract { get; set; }

    [StringLength(5_000, ErrorMessage = EditorMessages.CommentaryTooLongText)]
    public string? Commentary { get; set; }

    [StringLength(200, ErrorMessage = EditorMessages.RepositoryTooLongText)]
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
        if (VisibleText.Problem(Title, CharacterMessages.TheTitle) is { } hidden)
            yield return new MessageResult(hidden, [nameof(Title)]);
        if (Year is { } year && (year < FirstYear || year > lastYear))
            yield return new MessageResult(EditorMessages.YearOutOfRange.With(FirstYear, lastYear), [nameof(Year)]);
        if (Month is not null && !PaperDates.IsValid(Year, Month, Day is null ? null : 1))
            yield return new MessageResult(Year is null ? EditorMessages.MonthNeedsYear : EditorMessages.MonthOutOfRange, [nameof(Month)]);
        else if (Day is not null && !PaperDates.IsValid(Year, Month, Day))
            yield return new MessageResult(Month is null ? EditorMessages.DayNeedsMonth : EditorMessages.DayOutOfRange, [nameof(Day)]);
        if (!string.IsNullOrWhiteSpace(Url) && LinkUrl.Problem(Url) is { } urlProblem)
            yield return new MessageResult(urlProblem, [nameof(Url)]);
        if (!string.IsNullOrWhiteSpace(GithubRepo) && !Catalog.GithubRepo.IsValid(GithubRepo.Trim()))
            yield return new MessageResult(EditorMessages.RepositoryFormat, [nameof(GithubRepo)]);
        for (var i = 0; i < Links.Count; i++)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(Links[i], new ValidationContext(Links[i]), results, validateAllProperties: true);
            if (LinkUrl.Problem(Links[i].Url) is { } problem && !results.Any(r => r.MemberNames.Contains(nameof(LinkForm.Url))))
                results.Add(new MessageResult(problem, [nameof(LinkForm.Url)]));
            if (VisibleText.Problem(Links[i].Label, CharacterMessages.TheLabel) is { } hiddenInLabel)
                results.Add(new MessageResult(hiddenInLabel, [nameof(LinkForm.Label)]));
            foreach (var r in results)
                yield return MessageResult.Moved(r, r.MemberNames.Select(m => $"{nameof(Links)}[{i}].{m}"));
        }
        for (var i = 0; i < Extras.Count; i++)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(Extras[i], new ValidationContext(Extras[i]), results, validateAllProperties: true);
            foreach (var r in results)
                yield return MessageResult.Moved(r, r.MemberNames.Select(m => $"{nameof(Extras)}[{i}].{m}"));
        }
    }
}

public sealed class LinkForm
{
    /// <summary>Null: worked out from the label and URL as the importer does.</summary>
    public LinkKind? Kind { get; set; }

    [Required(ErrorMessage = EditorMessages.LinkLabelRequiredText)]
    [StringLength(200, ErrorMessage = EditorMessages.LinkLabelTooLongText)]
    public string? Label { get; set; }

    [Required(ErrorMessage = EditorMessages.LinkUrlRequiredText)]
    public string? Url { get; set; }
}

public sealed class ExtraForm
{
    [Required(ErrorMessage = EditorMessages.ColumnNameRequiredText)]
    [StringLength(100, ErrorMessage = EditorMessages.ColumnNameTooLongText)]
    public string? Label { get; set; }

    [StringLength(2_000, ErrorMessage = EditorMessages.ColumnTextTooLongText)]
    public string? Text { get; set; }
}
