namespace AwesomeClip.Core.Import;

public enum ImportRefusal
{
    /// <summary>The file cannot be a version of the list (not UTF-8, too large, no catalog table…).</summary>
    InvalidFile,

    /// <summary>Some conflicts have no keep mine / take theirs choice.</summary>
    UnresolvedConflicts,

    /// <summary>The catalog changed after the preview was computed; preview again.</summary>
    StalePreview,
}

/// <summary>The file was refused as a whole; the catalog was not touched.</summary>
public sealed class ImportRefusedException(string message, ImportRefusal reason = ImportRefusal.InvalidFile) : Exception(message)
{
    public ImportRefusal Reason { get; } = reason;

    /// <summary>What the parser reported about the refused file (the items it read and did not take, with their lines).</summary>
    public IReadOnlyList<string> Report { get; init; } = [];
}
