using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Suggestions;

/// <summary>What the suggestion form and the editors' queue say (ADR-037).</summary>
public static class SuggestionMessages
{
    private const string Area = "Suggestions";

    public static readonly MessageTemplate TitleMissing = new(Area, "title-missing", "Enter the paper's title.");
    public static readonly MessageTemplate UrlMissing = new(Area, "url-missing",
        "Enter the paper's URL: an arXiv link or id (2103.00020), or any web page of the paper.");
    public static readonly MessageTemplate CategoryMissing = new(Area, "category-missing", "Choose a category.");
    public static readonly MessageTemplate CategoryUnknown = new(Area, "category-unknown", "Choose one of the categories in the list.");
    public static readonly MessageTemplate ReasonMissing = new(Area, "reason-missing", "Give a reason for rejecting it; it is kept with the suggestion.");
    public static readonly MessageTemplate UrlReadAs = new(Area, "url-read-as", "The URL was read as {0}.");

    /// <summary>{0} is a field's name (<see cref="TheTitle"/>…), {1} the limit, {2} the length.</summary>
    public static readonly MessageTemplate TooLong = new(Area, "too-long", "{0} is longer than {1} characters (it has {2}); shorten it.");

    /// <summary>{0} is a field's name in a sentence (<see cref="TitleInSentence"/>…), {1} the tag.</summary>
    public static readonly MessageTemplate NotPlainText = new(Area, "not-plain-text", "Write {0} as plain text: HTML tags such as {1} are not allowed.");

    /// <summary>{0} is the character ("U+200B: zero width space"), {1} a field's name in a sentence.</summary>
    public static readonly MessageTemplate CharacterRemoved = new(Area, "character-removed", "An invisible or control character ({0}) was taken out of {1}.");

    public static readonly MessageTemplate TheTitle = new(Area, "field-the-title", "The title");
    public static readonly MessageTemplate TheNote = new(Area, "field-the-note", "The note");
    public static readonly MessageTemplate TheContact = new(Area, "field-the-contact", "The contact");
    public static readonly MessageTemplate TheReason = new(Area, "field-the-reason", "The reason");
    public static readonly MessageTemplate TitleInSentence = new(Area, "field-the-title-in-sentence", "the title");
    public static readonly MessageTemplate NoteInSentence = new(Area, "field-the-note-in-sentence", "the note");
    public static readonly MessageTemplate ContactInSentence = new(Area, "field-the-contact-in-sentence", "the contact");
    public static readonly MessageTemplate ReasonInSentence = new(Area, "field-the-reason-in-sentence", "the reason");

    public static readonly MessageTemplate SameArxivId = new(Area, "same-arxiv-id", "same arXiv id");
    public static readonly MessageTemplate SameRepository = new(Area, "same-repository", "same GitHub repository");
    public static readonly MessageTemplate NearlySameTitle = new(Area, "nearly-same-title", "nearly the same title");

    public static readonly MessageTemplate Rejected = new(Area, "rejected", "Suggestion #{0} was rejected.");
    public static readonly MessageTemplate NoSuchSuggestion = new(Area, "no-such-suggestion", "There is no suggestion #{0}.");
    public static readonly MessageTemplate AlreadyAccepted = new(Area, "already-accepted", "Suggestion #{0} was already accepted by {1} on {2:yyyy-MM-dd HH:mm} UTC.");
    public static readonly MessageTemplate AlreadyAcceptedAsPaper = new(Area, "already-accepted-as-paper", "Suggestion #{0} was already accepted by {1} on {2:yyyy-MM-dd HH:mm} UTC as paper #{3}.");
    public static readonly MessageTemplate AlreadyRejected = new(Area, "already-rejected", "Suggestion #{0} was already rejected by {1} on {2:yyyy-MM-dd HH:mm} UTC: “{3}”.");
    public static readonly MessageTemplate StillPending = new(Area, "still-pending", "Suggestion #{0} is still pending; try again.");

    /// <summary>{0} is why (one of the above); said when a save for a decided suggestion was refused.</summary>
    public static readonly MessageTemplate NothingSaved = new(Area, "nothing-saved", "{0} Nothing was saved.");
}
