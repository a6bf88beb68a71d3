using AwesomeClip.Core.Catalog;
using AwesomeClip.Core.Messages;
using static AwesomeClip.Core.Import.ChangeSetMessages;

namespace AwesomeClip.Core.Import;

/// <summary>A change set as the lines <c>import --dry-run</c> prints (<see cref="Lines(ChangeSet)"/>) and the preview page shows.</summary>
public static class ChangeSetText
{
    public static CoreMessage Summary(ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty) return NoChanges;
        return ChangeSetMessages.Summary.With(changes.Added.Count(), changes.Changed.Count(), changes.Moved.Count(), changes.Removed.Count(),
            changes.Flagged.Count(), changes.Conflicts.Count(), changes.Unchanged, changes.Categories.Count);
    }

    /// <summary>Every line, in English: what the command line prints.</summary>
    public static IEnumerable<string> Lines(ChangeSet changes) => Messages(changes).Select(m => m.ToString());

    public static IEnumerable<CoreMessage> Messages(ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var c in changes.Categories) yield return Line(c);
        if (changes.CategoriesReordered) yield return Reordered.With(string.Join(", ", changes.CategoryOrder));
        foreach (var p in changes.Papers)
        {
            foreach (var line in Lines(p)) yield return line;
        }
    }

    public static CoreMessage Line(CategoryChange c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Kind switch
        {
            CategoryChangeKind.Added => CategoryAdded.With(c.Name),
            CategoryChangeKind.Renamed => CategoryRenamed.With(c.OldName, c.Name),
            CategoryChangeKind.Restored => CategoryRestored.With(c.Name),
            CategoryChangeKind.Removed => CategoryRemoved.With(c.Name),
            CategoryChangeKind.Kept => CategoryKept.With(c.Name, c.Note),
            CategoryChangeKind.Moved => CategoryMoved.With(c.Name, c.Note),
            _ => KeepsLocalName.With(c.Name, c.Note),
        };
    }

    public static IEnumerable<CoreMessage> Lines(PaperChange p)
    {
        ArgumentNullException.ThrowIfNull(p);
        switch (p.Kind)
        {
            case PaperChangeKind.Added:
                yield return PaperAdded.With(p.Title, p.Category, p.Year);
                yield break;
            case PaperChangeKind.Removed:
                yield return PaperRemoved.With(p.Title);
                yield break;
            case PaperChangeKind.Flagged:
                yield return PaperKept.With(p.Title, p.KeptLocalEdits.Said());
                yield break;
            case PaperChangeKind.Restored:
                yield return PaperRestored.With(p.Title, p.Category, p.Year);
                break;
        }
        if (p.Change(PaperField.Title) is { } title) yield return Retitled.With(title.Old, title.New);
        if (p.Change(PaperField.Category) is { } category) yield return Moved.With(p.Title, category.Old, category.New);
        if (p.Change(PaperField.Year) is { } year) yield return Moved.With(p.Title, year.Old, year.New);
        var other = p.Changes.Where(c => c.Field is not (PaperField.Title or PaperField.Category or PaperField.Year)).Select(c => c.Field).ToList();
        if (other.Count > 0) yield return FieldsChanged.With(p.Title, other.Said());
        foreach (var c in p.Conflicts)
            yield return Conflict.With(p.Title, p.PaperId, c.Field.Said(), Short(c.Mine), Short(c.Theirs));
    }

    /// <summary>A value of a conflict, quoted and cut at 60 characters, or <see cref="EmptyValue"/>.</summary>
    private static object Short(string? value)
    {
        if (value is null) return EmptyValue.With();
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= 60 ? $"'{flat}'" : $"'{flat[..57]}…'";
    }
}
