namespace AwesomeClip.Core.Catalog;

public enum RevisionKind
{
    Created,
    Updated,
    Deleted,
    Restored,

    /// <summary>The list dropped the paper, but it was kept because a maintainer had edited it.</summary>
    Flagged,
}

/// <summary>One entry of a paper's history: who changed what, when.</summary>
public sealed class PaperRevision
{
    public int Id { get; set; }

    public int PaperId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>"importer" or the maintainer's user name.</summary>
    public required string Actor { get; set; }

    public RevisionKind Kind { get; set; }

    /// <summary>One line for lists, e.g. "imported from awesome-clip.md: title, abstract changed".</summary>
    public required string Summary { get; set; }

    /// <summary>
    /// JSON array of <c>{ "field", "old", "new" }</c> with the values as <see cref="Import.FieldChange"/> spells them
    /// (links and figures as JSON arrays), enough to show a diff and to revert.
    /// </summary>
    public string Changes { get; set; } = "[]";
}
