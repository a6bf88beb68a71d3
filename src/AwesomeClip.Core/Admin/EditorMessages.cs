using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Admin;

/// <summary>
/// What the paper and category editors say (ADR-037). The <c>…Text</c> constants are the English of the form's
/// attributes (attributes need constants); <see cref="ForAttribute"/> finds their templates again.
/// </summary>
public static class EditorMessages
{
    private const string Area = "Admin";

    public const string TitleRequiredText = "Enter the paper's title.";
    public const string TitleTooLongText = "The title is longer than 1000 characters.";
    public const string AuthorsTooLongText = "The authors are longer than 2000 characters.";
    public const string VenueTooLongText = "The venue is longer than 300 characters.";
    public const string CategoryRequiredText = "Choose a category.";
    public const string AbstractTooLongText = "The abstract is longer than 20000 characters.";
    public const string CommentaryTooLongText = "The commentary is longer than 5000 characters.";
    public const string RepositoryTooLongText = "The GitHub repository is longer than 200 characters.";
    public const string LinkLabelRequiredText = "Enter the link's label, e.g. Paper or Github.";
    public const string LinkLabelTooLongText = "The label is longer than 200 characters.";
    public const string LinkUrlRequiredText = "Enter the link's URL.";
    public const string ColumnNameRequiredText = "Enter the column's name.";
    public const string ColumnNameTooLongText = "The column's name is longer than 100 characters.";
    public const string ColumnTextTooLongText = "The text is longer than 2000 characters.";

    public static readonly MessageTemplate TitleRequired = new(Area, "title-required", TitleRequiredText);
    public static readonly MessageTemplate TitleTooLong = new(Area, "title-too-long", TitleTooLongText);
    public static readonly MessageTemplate AuthorsTooLong = new(Area, "authors-too-long", AuthorsTooLongText);
    public static readonly MessageTemplate VenueTooLong = new(Area, "venue-too-long", VenueTooLongText);
    public static readonly MessageTemplate CategoryRequired = new(Area, "category-required", CategoryRequiredText);
    public static readonly MessageTemplate AbstractTooLong = new(Area, "abstract-too-long", AbstractTooLongText);
    public static readonly MessageTemplate CommentaryTooLong = new(Area, "commentary-too-long", CommentaryTooLongText);
    public static readonly MessageTemplate RepositoryTooLong = new(Area, "repository-too-long", RepositoryTooLongText);
    public static readonly MessageTemplate LinkLabelRequired = new(Area, "link-label-required", LinkLabelRequiredText);
    public static readonly MessageTemplate LinkLabelTooLong = new(Area, "link-label-too-long", LinkLabelTooLongText);
    public static readonly MessageTemplate LinkUrlRequired = new(Area, "link-url-required", LinkUrlRequiredText);
    public static readonly MessageTemplate ColumnNameRequired = new(Area, "column-name-required", ColumnNameRequiredText);
    public static readonly MessageTemplate ColumnNameTooLong = new(Area, "column-name-too-long", ColumnNameTooLongText);
    public static readonly MessageTemplate ColumnTextTooLong = new(Area, "column-text-too-long", ColumnTextTooLongText);

    public static readonly MessageTemplate YearOutOfRange = new(Area, "year-out-of-range", "Enter a year between {0} and {1}, or leave it empty when unknown.");
    public static readonly MessageTemplate MonthNeedsYear = new(Area, "month-needs-year", "A month needs a year.");
    public static readonly MessageTemplate MonthOutOfRange = new(Area, "month-out-of-range", "Enter a month between 1 and 12.");
    public static readonly MessageTemplate DayNeedsMonth = new(Area, "day-needs-month", "A day needs a month.");
    public static readonly MessageTemplate DayOutOfRange = new(Area, "day-out-of-range", "This day does not exist in that month.");
    public static readonly MessageTemplate RepositoryFormat = new(Area, "repository-format", "Write the GitHub repository as owner/name, e.g. openai/CLIP.");
    public static readonly MessageTemplate InvalidValue = new(Area, "invalid-value", "Invalid value.");

    public static readonly MessageTemplate CategoryUnknown = new(Area, "category-unknown", "Choose an existing category.");
    public static readonly MessageTemplate TitleTaken = new(Area, "title-taken", "Another paper already has this title in this category: #{0} “{1}”.");
    public static readonly MessageTemplate TooManyFigures = new(Area, "too-many-figures", "A paper can have at most {0} figures.");
    public static readonly MessageTemplate FigureNotUploaded = new(Area, "figure-not-uploaded", "'{0}' is not a figure uploaded here; upload the image instead.");

    public static readonly MessageTemplate NoSuchPaper = new(Area, "no-such-paper", "There is no paper #{0}; it may have been deleted for good.");
    public static readonly MessageTemplate TrashedMeanwhile = new(Area, "trashed-meanwhile", "Paper #{0} was moved to the trash meanwhile; restore it before editing.");
    public static readonly MessageTemplate DeletedMeanwhile = new(Area, "deleted-meanwhile", "Paper #{0} was deleted meanwhile.");
    public static readonly MessageTemplate NotInTrashToPurge = new(Area, "not-in-trash-to-purge", "'{0}' is not in the trash; move it to the trash first.");
    public static readonly MessageTemplate Purged = new(Area, "purged", "'{0}' was deleted for good.");
    public static readonly MessageTemplate NoSuchRevision = new(Area, "no-such-revision", "There is no revision #{0}.");
    public static readonly MessageTemplate NothingToRevert = new(Area, "nothing-to-revert", "That entry only notes that the list dropped the paper; there is nothing to revert.");
    public static readonly MessageTemplate RestoreBeforeRevert = new(Area, "restore-before-revert", "'{0}' is in the trash; restore it before reverting an edit.");

    /// <summary>{0} is the field messages, each in its own sentence, said one after another.</summary>
    public static readonly MessageTemplate OldValuesInvalid = new(Area, "old-values-invalid", "The old values are not valid any more: {0}");
    public static readonly MessageTemplate AlreadyReverted = new(Area, "already-reverted", "'{0}' already has the values that revision #{1} replaced.");
    public static readonly MessageTemplate Reverted = new(Area, "reverted", "Reverted revision #{0} of '{1}'.");
    public static readonly MessageTemplate CategoryGone = new(Area, "revert-category-gone", "The category '{0}' no longer exists; edit the paper instead.");
    public static readonly MessageTemplate DateUnreadable = new(Area, "revert-date-unreadable", "The old date '{0}' cannot be read; edit the paper instead.");

    /// <summary>{0} is the field (<see cref="Catalog.FieldMessages"/>).</summary>
    public static readonly MessageTemplate FieldUnreadable = new(Area, "revert-field-unreadable", "The old {0} cannot be read; edit the paper instead.");
    public static readonly MessageTemplate AlreadyInTrash = new(Area, "already-in-trash", "'{0}' is already in the trash.");
    public static readonly MessageTemplate MovedToTrash = new(Area, "moved-to-trash", "'{0}' was moved to the trash.");
    public static readonly MessageTemplate NotInTrash = new(Area, "not-in-trash", "'{0}' is not in the trash.");
    public static readonly MessageTemplate RestoreTitleTaken = new(Area, "restore-title-taken", "'{0}' cannot come back: paper #{1} in the same category has the same title. Rename one of them first.");
    public static readonly MessageTemplate Restored = new(Area, "restored", "'{0}' was restored.");

    public static readonly MessageTemplate ParentUnknownForNew = new(Area, "parent-unknown-new", "Choose an existing category to put the new one under.");
    public static readonly MessageTemplate CategoryCreated = new(Area, "category-created", "Category '{0}' was created.");
    public static readonly MessageTemplate NameUnchanged = new(Area, "name-unchanged", "The name did not change.");
    public static readonly MessageTemplate Renamed = new(Area, "renamed", "'{0}' is now '{1}'.");
    public static readonly MessageTemplate AlreadyFirst = new(Area, "already-first", "'{0}' is already first.");
    public static readonly MessageTemplate AlreadyLast = new(Area, "already-last", "'{0}' is already last.");
    public static readonly MessageTemplate MovedUp = new(Area, "moved-up", "'{0}' moved up.");
    public static readonly MessageTemplate MovedDown = new(Area, "moved-down", "'{0}' moved down.");
    public static readonly MessageTemplate AlreadyThere = new(Area, "already-there", "The category is already there.");
    public static readonly MessageTemplate ParentUnknown = new(Area, "parent-unknown", "Choose an existing category to put it under.");
    public static readonly MessageTemplate UnderItself = new(Area, "under-itself", "'{0}' cannot go under its own section.");
    public static readonly MessageTemplate NowTopLevel = new(Area, "now-top-level", "'{0}' is now under the top level.");
    public static readonly MessageTemplate NowUnder = new(Area, "now-under", "'{0}' is now under '{1}'.");
    public static readonly MessageTemplate HasSections = new(Area, "has-sections", "'{0}' has {1} section(s) of its own; move or delete them first.");
    public static readonly MessageTemplate HasPapers = new(Area, "has-papers", "'{0}' still has {1} paper(s); choose a category to move them to, or move them first.");
    public static readonly MessageTemplate MoveTargetUnknown = new(Area, "move-target-unknown", "Choose another existing category to move the papers to.");
    public static readonly MessageTemplate CategoryDeleted = new(Area, "category-deleted", "Category '{0}' was deleted.");
    public static readonly MessageTemplate CategoryDeletedPapersMoved = new(Area, "category-deleted-papers-moved", "Category '{0}' was deleted; {1} paper(s) moved to another category.");
    public static readonly MessageTemplate NameMissing = new(Area, "name-missing", "Enter the category's name.");
    public static readonly MessageTemplate NameTooLong = new(Area, "name-too-long", "The name is longer than {0} characters.");
    public static readonly MessageTemplate NameNotOneLine = new(Area, "name-not-one-line", "The name must be one line without control characters.");
    public static readonly MessageTemplate NameTaken = new(Area, "name-taken", "There is already a category named '{0}'.");
    public static readonly MessageTemplate NameTakenInSection = new(Area, "name-taken-in-section", "There is already a category named '{0}' in that section.");
    public static readonly MessageTemplate UnknownAction = new(Area, "unknown-action", "Unknown action.");
    public static readonly MessageTemplate NoSuchCategory = new(Area, "no-such-category", "There is no category #{0}.");

    private static readonly Dictionary<string, MessageTemplate> Attributes = new[]
    {
        TitleRequired, TitleTooLong, AuthorsTooLong, VenueTooLong, CategoryRequired, AbstractTooLong, CommentaryTooLong,
        RepositoryTooLong, LinkLabelRequired, LinkLabelTooLong, LinkUrlRequired, ColumnNameRequired, ColumnNameTooLong, ColumnTextTooLong,
    }.ToDictionary(t => t.English, StringComparer.Ordinal);

    /// <summary>The template of a form attribute's message; null for a message no template has.</summary>
    public static MessageTemplate? ForAttribute(string? english) => english is not null && Attributes.TryGetValue(english, out var t) ? t : null;
}
