namespace AwesomeClip.Core.Catalog;

/// <summary>
/// One field's old and new value, as <see cref="PaperValues.Text"/> spells them (null where the field is empty):
/// what an import takes from the list, what an edit changed, what history records.
/// </summary>
public sealed record FieldChange(PaperField Field, string? Old, string? New);

/// <summary>A field that both the list and a maintainer changed since the last import, differently.</summary>
public sealed record FieldConflict(PaperField Field, string? Baseline, string? Mine, string? Theirs);

