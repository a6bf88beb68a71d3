using AwesomeClip.Core.Admin;
using AwesomeClip.Core.Messages;
using static AwesomeClip.Core.Suggestions.SuggestionMessages;

namespace AwesomeClip.Core.Suggestions;

/// <summary>The fields of the "Suggest a paper" form, as the reader typed them; <see cref="Category"/> is a category's slug.</summary>
public sealed record SuggestionInput(string? Title, string? Url, string? Category, string? Note, string? Contact);

/// <summary>A suggestion as it will be stored: plain text, a checked URL and what it gives.</summary>
public sealed record NormalizedSuggestion(string Title, SuggestedUrl Link, string Category, string? Note, string? Contact);

/// <param name="Notes">What was changed on the way (invisible characters taken out, a URL read with https://).</param>
public sealed record SuggestionReading(NormalizedSuggestion? Value, IReadOnlyList<FieldError> Errors, IReadOnlyList<CoreMessage> Notes);

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
        var notes = new List<CoreMessage>();

        var title = Text(PlainText.OneLine(input.Title), nameof(SuggestionInput.Title), (TheTitle, TitleInSentence), MaxTitleLength, errors, notes);
        if (title is null && !errors.Any(e => e.Field == nameof(SuggestionInput.Title)))
            errors.Add(new FieldError(nameof(SuggestionInput.Title), TitleMissing));

        var link = SuggestedUrl.Read(input.Url, out var urlProblem);
        if (urlProblem is not null) errors.Add(new FieldError(nameof(SuggestionInput.Url), urlProblem));
        else if (link is not null && !string.Equals(link.Url, input.Url?.Trim(), StringComparison.Ordinal))
            notes.Add(UrlReadAs.With(link.Url));

        var category = input.Category?.Trim();
        if (string.IsNullOrEmpty(category)) errors.Add(new FieldError(nameof(SuggestionInput.Category), CategoryMissing));

        var note = Text(PlainText.Lines(input.Note), nameof(SuggestionInput.Note), (TheNote, NoteInSentence), MaxNoteLength, errors, notes);
        var contact = Text(PlainText.OneLine(input.Contact), nameof(SuggestionInput.Contact), (TheContact, ContactInSentence), MaxContactLength, errors, notes);

        return errors.Count > 0
            ? new SuggestionReading(null, errors, notes)
            : new SuggestionReading(new NormalizedSuggestion(title!, link!, category!, note, contact), [], notes);
    }

    /// <summary>An editor's reason for rejecting: required, plain text, at most <see cref="MaxReasonLength"/> characters.</summary>
    public static (string? Reason, FieldError? Error) Reason(string? text)
    {
        var errors = new List<FieldError>();
        var reason = Text(PlainText.Lines(text), "Reason", (TheReason, ReasonInSentence), MaxReasonLength, errors, []);
        if (errors.Count > 0) return (null, errors[0]);
        return reason is null ? (null, new FieldError("Reason", ReasonMissing)) : (reason, null);
    }

    private static string? Text(PlainText.Cleaned cleaned, string field, (MessageTemplate Capital, MessageTemplate InSentence) name, int max, List<FieldError> errors, List<CoreMessage> notes)
    {
        if (cleaned.Removed is { } removed) notes.Add(CharacterRemoved.With(removed, name.InSentence));
        if (cleaned.Text is not { } text) return null;
        if (text.Length > max)
        {
            errors.Add(new FieldError(field, TooLong.With(name.Capital, max, text.Length)));
            return null;
        }
        if (PlainText.FirstTag(text) is { } tag)
        {
            errors.Add(new FieldError(field, NotPlainText.With(name.InSentence, Shorten(tag))));
            return null;
        }
        return text;
    }

    private static string Shorten(string tag) => tag.Length <= 40 ? tag : tag[..39] + "…";
}
