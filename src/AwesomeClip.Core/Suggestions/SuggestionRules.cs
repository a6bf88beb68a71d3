using AwesomeClip.Core.Admin;

namespace AwesomeClip.Core.Suggestions;

/// <summary>The fields of the "Suggest a paper" form, as the reader typed them; <see cref="Category"/> is a category's slug.</summary>
public sealed record SuggestionInput(string? Title, string? Url, string? Category, string? Note, string? Contact);

/// <summary>A suggestion as it will be stored: plain text, a checked URL and what it gives.</summary>
public sealed record NormalizedSuggestion(string Title, SuggestedUrl Link, string Category, string? Note, string? Contact);

/// <param name="Notes">What was changed on the way (invisible characters taken out, a URL read with https://).</param>
public sealed record SuggestionReading(NormalizedSuggestion? Value, IReadOnlyList<FieldError> Errors, IReadOnlyList<string> Notes);

/// <summary>
/// Validates and normalises a reader's suggestion without the database (the category's existence is checked by
/// <see cref="SuggestionBox"/>): required fields, size limits per field, plain text only, the editor's link rule.
/// Error fields are <see cref="SuggestionInput"/>'s property names.
/// </summary>
public static class SuggestionRules
{
    public const int MaxTitleLength = 500;
    public const int MaxNoteLength = 2_000;
    public const int MaxContactLength = 200;
    public const int MaxReasonLength = 1_000;

    public static SuggestionReading Read(SuggestionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var notes = new List<string>();

        var title = Text(PlainText.OneLine(input.Title), nameof(SuggestionInput.Title), "the title", MaxTitleLength, errors, notes);
        if (title is null && !errors.Any(e => e.Field == nameof(SuggestionInput.Title)))
            errors.Add(new FieldError(nameof(SuggestionInput.Title), "Enter the paper's title."));

        var link = SuggestedUrl.Read(input.Url, out var urlProblem);
        if (urlProblem is not null) errors.Add(new FieldError(nameof(SuggestionInput.Url), urlProblem));
        else if (link is not null && !string.Equals(link.Url, input.Url?.Trim(), StringComparison.Ordinal))
            notes.Add($"The URL was read as {link.Url}.");

        var category = input.Category?.Trim();
        if (string.IsNullOrEmpty(category)) errors.Add(new FieldError(nameof(SuggestionInput.Category), "Choose a category."));

        var note = Text(PlainText.Lines(input.Note), nameof(SuggestionInput.Note), "the note", MaxNoteLength, errors, notes);
        var contact = Text(PlainText.OneLine(input.Contact), nameof(SuggestionInput.Contact), "the contact", MaxContactLength, errors, notes);

        return errors.Count > 0
            ? new SuggestionReading(null, errors, notes)
            : new SuggestionReading(new NormalizedSuggestion(title!, link!, category!, note, contact), [], notes);
    }

    /// <summary>An editor's reason for rejecting: required, plain text, at most <see cref="MaxReasonLength"/> characters.</summary>
    public static (string? Reason, FieldError? Error) Reason(string? text)
    {
        var errors = new List<FieldError>();
        var reason = Text(PlainText.Lines(text), "Reason", "the reason", MaxReasonLength, errors, []);
        if (errors.Count > 0) return (null, errors[0]);
        return reason is null ? (null, new FieldError("Reason", "Give a reason for rejecting it; it is kept with the suggestion.")) : (reason, null);
    }

    private static string? Text(PlainText.Cleaned cleaned, string field, string name, int max, List<FieldError> errors, List<string> notes)
    {
        if (cleaned.Removed is { } removed) notes.Add($"An invisible or control character ({removed}) was taken out of {name}.");
        if (cleaned.Text is not { } text) return null;
        if (text.Length > max)
        {
            errors.Add(new FieldError(field, $"{Capital(name)} is longer than {max} characters (it has {text.Length}); shorten it."));
            return null;
        }
        if (PlainText.FirstTag(text) is { } tag)
        {
            errors.Add(new FieldError(field, $"Write {name} as plain text: HTML tags such as {Shorten(tag)} are not allowed."));
            return null;
        }
        return text;
    }

    private static string Capital(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static string Shorten(string tag) => tag.Length <= 40 ? tag : tag[..39] + "…";
}
