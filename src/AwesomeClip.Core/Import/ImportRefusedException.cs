using AwesomeClip.Core.Messages;

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
public sealed class ImportRefusedException(CoreMessage message, ImportRefusal reason = ImportRefusal.InvalidFile) : Exception(message?.ToString())
{
    /// <summary>A refusal the maintainer does not see on a page (a path on the command line, the layout file's JSON).</summary>
    public ImportRefusedException(string message, ImportRefusal reason = ImportRefusal.InvalidFile)
        : this(ImportMessages.Refused.With(message), reason)
    {
    }

    public ImportRefusal Reason { get; } = reason;

    /// <summary>Why, in the maintainer's language on a page (ADR-037); <see cref="Exception.Message"/> is its English.</summary>
    public CoreMessage Text { get; } = message ?? throw new ArgumentNullException(nameof(message));

    /// <summary>What the parser reported about the refused file (the items it read and did not take, with their lines).</summary>
    public IReadOnlyList<ImportIssue> Report { get; init; } = [];
}
