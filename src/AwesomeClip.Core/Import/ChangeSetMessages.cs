using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Import;

/// <summary>What an import's preview says it will change (<see cref="ChangeSetText"/>; ADR-037).</summary>
public static class ChangeSetMessages
{
    private const string Area = "Import";

    public static readonly MessageTemplate NoChanges = new(Area, "change-none", "No changes: the catalog already matches the list.");
    public static readonly MessageTemplate Summary = new(Area, "change-summary",
        "{0} added, {1} changed, {2} moved, {3} removed, {4} kept, {5} conflict(s), {6} unchanged; {7} category change(s).");
    public static readonly MessageTemplate Reordered = new(Area, "change-categories-reordered", "categories reordered: {0}");
    public static readonly MessageTemplate CategoryAdded = new(Area, "change-category-added", "category added '{0}'");
    public static readonly MessageTemplate CategoryRenamed = new(Area, "change-category-renamed", "category renamed '{0}' → '{1}'");
    public static readonly MessageTemplate CategoryRestored = new(Area, "change-category-restored", "category restored '{0}' from the trash");
    public static readonly MessageTemplate CategoryRemoved = new(Area, "change-category-removed", "category removed '{0}'");

    /// <summary>{1} is why (<see cref="StillHoldsPapers"/>).</summary>
    public static readonly MessageTemplate CategoryKept = new(Area, "change-category-kept", "category kept '{0}': the list dropped it, but it {1}");
    public static readonly MessageTemplate StillHoldsPapers = new(Area, "change-still-holds-papers", "still holds {0} paper(s) that are not in the list");

    /// <summary>{1} is where (<see cref="ToTopLevel"/>, <see cref="UnderSection"/>).</summary>
    public static readonly MessageTemplate CategoryMoved = new(Area, "change-category-moved", "category moved '{0}' {1}");
    public static readonly MessageTemplate ToTopLevel = new(Area, "change-to-top-level", "to the top level");
    public static readonly MessageTemplate UnderSection = new(Area, "change-under-section", "under '{0}'");

    /// <summary>{1} is why (<see cref="RenamedInList"/>).</summary>
    public static readonly MessageTemplate KeepsLocalName = new(Area, "change-keeps-local-name", "category '{0}' keeps its local name: {1}");
    public static readonly MessageTemplate RenamedInList = new(Area, "change-renamed-in-list", "the list renamed it to '{0}'");

    public static readonly MessageTemplate PaperAdded = new(Area, "change-paper-added", "+ added '{0}' ({1}, {2})");
    public static readonly MessageTemplate PaperRemoved = new(Area, "change-paper-removed", "- removed '{0}' (to the trash)");
    public static readonly MessageTemplate PaperKept = new(Area, "change-paper-kept", "! kept '{0}': the list dropped it, but it was edited here ({1})");
    public static readonly MessageTemplate PaperRestored = new(Area, "change-paper-restored", "+ restored '{0}' from the trash ({1}, {2})");
    public static readonly MessageTemplate Retitled = new(Area, "change-retitled", "~ retitled '{0}' → '{1}'");
    public static readonly MessageTemplate Moved = new(Area, "change-moved", "> moved '{0}': {1} → {2}");
    public static readonly MessageTemplate FieldsChanged = new(Area, "change-fields", "~ '{0}': {1} changed");
    public static readonly MessageTemplate Conflict = new(Area, "change-conflict", "! conflict '{0}' (#{1}) {2}: changed here and in the list — mine: {3} | theirs: {4}");
    public static readonly MessageTemplate EmptyValue = new(Area, "change-empty-value", "(empty)");
}
