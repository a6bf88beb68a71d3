using AwesomeClip.Core.Catalog;
namespace AwesomeClip.Core.Import;

public enum ConflictResolution
{
    /// <summary>Keep the maintainer's value; the list's value becomes the new baseline, so it won't conflict again.</summary>
    KeepMine,

    TakeTheirs,
}

/// <summary>Names one conflict of a preview: a field of a paper.</summary>
public readonly record struct ConflictKey(int PaperId, PaperField Field);

public static class ConflictResolutions
{
    public static IReadOnlyDictionary<ConflictKey, ConflictResolution> None { get; } = new Dictionary<ConflictKey, ConflictResolution>();

    /// <summary>The same choice for every conflict of the change set.</summary>
    public static IReadOnlyDictionary<ConflictKey, ConflictResolution> All(ChangeSet changes, ConflictResolution resolution) =>
        changes.Conflicts.ToDictionary(c => new ConflictKey(c.Paper.PaperId!.Value, c.Conflict.Field), _ => resolution);
}
