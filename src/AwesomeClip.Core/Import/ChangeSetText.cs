using AwesomeClip.Core.Catalog;
namespace AwesomeClip.Core.Import;

/// <summary>Renders a change set as the lines <c>import --dry-run</c> prints.</summary>
public static class ChangeSetText
{
    public static string Summary(ChangeSet changes)
    {
        if (changes.IsEmpty) return "No changes: the catalog already matches the list.";
        var conflicts = changes.Conflicts.Count();
        return $"{changes.Added.Count()} added, {changes.Changed.Count()} changed, {changes.Moved.Count()} moved, {changes.Removed.Count()} removed, "
            + $"{changes.Flagged.Count()} kept, {conflicts} conflict(s), {changes.Unchanged} unchanged; {changes.Categories.Count} category change(s).";
    }

    public static IEnumerable<string> Lines(ChangeSet changes)
    {
        foreach (var c in changes.Categories) yield return Line(c);
        if (changes.CategoriesReordered) yield return $"categories reordered: {string.Join(", ", changes.CategoryOrder)}";
        foreach (var p in changes.Papers)
        {
            foreach (var line in Lines(p)) yield return line;
        }
    }

    public static string Line(CategoryChange c) => c.Kind switch
    {
        CategoryChangeKind.Added => $"category added '{c.Name}'",
        CategoryChangeKind.Renamed => $"category renamed '{c.OldName}' → '{c.Name}'",
        CategoryChangeKind.Restored => $"category restored '{c.Name}' from the trash",
        CategoryChangeKind.Removed => $"category removed '{c.Name}'",
        CategoryChangeKind.Kept => $"category kept '{c.Name}': the list dropped it, but it {c.Note}",
        CategoryChangeKind.Moved => $"category moved '{c.Name}' {c.Note}",
        _ => $"category '{c.Name}' keeps its local name: {c.Note}",
    };

    public static IEnumerable<string> Lines(PaperChange p)
    {
        switch (p.Kind)
        {
            case PaperChangeKind.Added:
                yield return $"+ added '{p.Title}' ({p.Category}, {p.Year})";
                yield break;
            case PaperChangeKind.Removed:
                yield return $"- removed '{p.Title}' (to the trash)";
                yield break;
            case PaperChangeKind.Flagged:
                yield return $"! kept '{p.Title}': the list dropped it, but it was edited here ({Fields(p.KeptLocalEdits)})";
                yield break;
            case PaperChangeKind.Restored:
                yield return $"+ restored '{p.Title}' from the trash ({p.Category}, {p.Year})";
                break;
        }
        if (p.Change(PaperField.Title) is { } title) yield return $"~ retitled '{title.Old}' → '{title.New}'";
        if (p.Change(PaperField.Category) is { } category) yield return $"> moved '{p.Title}': {category.Old} → {category.New}";
        if (p.Change(PaperField.Year) is { } year) yield return $"> moved '{p.Title}': {year.Old} → {year.New}";
        var other = p.Changes.Where(c => c.Field is not (PaperField.Title or PaperField.Category or PaperField.Year)).Select(c => c.Field).ToList();
        if (other.Count > 0) yield return $"~ '{p.Title}': {Fields(other)} changed";
        foreach (var c in p.Conflicts)
            yield return $"! conflict '{p.Title}' (#{p.PaperId}) {c.Field.Name()}: changed here and in the list — mine: {Short(c.Mine)} | theirs: {Short(c.Theirs)}";
    }

    private static string Fields(IEnumerable<PaperField> fields) => string.Join(", ", fields.Select(f => f.Name()));

    private static string Short(string? value)
    {
        if (value is null) return "(empty)";
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= 60 ? $"'{flat}'" : $"'{flat[..57]}…'";
    }
}
