using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import;

public enum PaperChangeKind
{
    Added,
    Changed,

    /// <summary>Back from the trash: the list dropped it earlier and now has it again.</summary>
    Restored,

    /// <summary>Dropped by the list and moved to the trash.</summary>
    Removed,

    /// <summary>Dropped by the list but kept, because a maintainer edited it since the last import.</summary>
    Flagged,
}

/// <summary>What an import does to one paper. <see cref="PaperId"/> is null for a paper the import will create.</summary>
public sealed record PaperChange(
    PaperChangeKind Kind,
    int? PaperId,
    string Title,
    string Category,
    int? Year,
    IReadOnlyList<FieldChange> Changes,
    IReadOnlyList<FieldConflict> Conflicts,
    IReadOnlyList<PaperField> KeptLocalEdits)
{
    /// <summary>A paper already in the catalog goes to another category or year.</summary>
    public bool IsMove => Kind is PaperChangeKind.Changed or PaperChangeKind.Restored
        && Changes.Any(c => c.Field is PaperField.Category or PaperField.Year);

    public FieldChange? Change(PaperField field) => Changes.FirstOrDefault(c => c.Field == field);

    /// <summary>Where the row is in the new list (null for removed papers).</summary>
    internal int? RowIndex { get; init; }
}

public enum CategoryChangeKind
{
    Added,
    Renamed,
    Restored,
    Removed,

    /// <summary>Dropped by the list, but kept because papers that were not dropped are still in it.</summary>
    Kept,

    /// <summary>The list renamed it, but a maintainer had renamed it too: the local name stays.</summary>
    KeptLocalName,

    /// <summary>The list put it under another section (<see cref="CategoryChange.Note"/> says where).</summary>
    Moved,
}

public sealed record CategoryChange(CategoryChangeKind Kind, int? CategoryId, string Name, string? OldName = null, Messages.CoreMessage? Note = null);

/// <summary>What importing a version of the list does to the catalog, computed before anything is written.</summary>
/// <param name="CategoryOrder">The names of the categories in their order after the import.</param>
/// <param name="CategoriesReordered">Categories that exist before and after the import change their relative order.</param>
/// <param name="Unchanged">Papers of the list that the import leaves as they are.</param>
public sealed record ChangeSet(
    IReadOnlyList<CategoryChange> Categories,
    IReadOnlyList<string> CategoryOrder,
    bool CategoriesReordered,
    IReadOnlyList<PaperChange> Papers,
    int Unchanged)
{
    public bool IsEmpty => Categories.Count == 0 && Papers.Count == 0 && !CategoriesReordered;

    public IEnumerable<PaperChange> Added => Papers.Where(p => p.Kind == PaperChangeKind.Added);

    public IEnumerable<PaperChange> Changed => Papers.Where(p => p.Kind is PaperChangeKind.Changed or PaperChangeKind.Restored);

    public IEnumerable<PaperChange> Moved => Papers.Where(p => p.IsMove);

    public IEnumerable<PaperChange> Removed => Papers.Where(p => p.Kind == PaperChangeKind.Removed);

    public IEnumerable<PaperChange> Flagged => Papers.Where(p => p.Kind == PaperChangeKind.Flagged);

    public IEnumerable<(PaperChange Paper, FieldConflict Conflict)> Conflicts =>
        Papers.SelectMany(p => p.Conflicts.Select(c => (p, c)));

    public bool HasConflicts => Papers.Any(p => p.Conflicts.Count > 0);
}
