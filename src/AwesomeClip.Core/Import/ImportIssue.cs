using AwesomeClip.Core.Import.Parsing;
namespace AwesomeClip.Core.Import;

public enum ImportIssueSeverity
{
    /// <summary>Imported, but a maintainer should look at the row.</summary>
    Warning,

    /// <summary>The row could not be understood and was skipped.</summary>
    Skipped,
}

/// <summary>Something a maintainer should fix in the list, with the 1-based line it is on.</summary>
public sealed record ImportIssue(int Line, ImportIssueSeverity Severity, string Code, string Message)
{
    public override string ToString() => $"line {Line}: {(Severity == ImportIssueSeverity.Skipped ? "skipped: " : "")}{Message}";
}
