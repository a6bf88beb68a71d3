namespace AwesomeClip.Core.Export.Patch;

/// <summary>
/// The catalog's changes as a patch against the list as it was last imported (<see cref="Diff"/>, for <c>git apply</c>
/// in the list's repository) and as a pull request description (<see cref="Summary"/>).
/// </summary>
public sealed record ListPatch(string PathInRepository, string Diff, string Summary, ListChanges Changes, int LinesAdded, int LinesRemoved)
{
    /// <summary>What the export it was made from could not write exactly (the same list the summary ends with).</summary>
    public IReadOnlyList<Messages.CoreMessage> ExportWarnings { get; init; } = [];

    public bool HasChanges => Diff.Length > 0;

    public byte[] DiffBytes() => ListExport.Encoding.GetBytes(Diff);
}
