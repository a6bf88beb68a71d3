using AwesomeClip.Core.Messages;
namespace AwesomeClip.Core.Import;

public enum ImportIssueSeverity
{
    /// <summary>Imported, but a maintainer should look at the row.</summary>
    Warning,

    /// <summary>The row could not be understood and was skipped.</summary>
    Skipped,
}

/// <summary>Something a maintainer should fix in the list, with the 1-based line it is on.</summary>
/// <param name="Code">The kind of issue (<c>cell-count</c>, <c>no-year</c>): what tools and tests match on.</param>
/// <param name="Text">What it says, in the maintainer's language on a page (ADR-037); <see cref="Message"/> is its English.</param>
public sealed record ImportIssue(int Line, ImportIssueSeverity Severity, string Code, CoreMessage Text)
{
    public string Message => Text.ToString();

    public override string ToString() => $"line {Line}: {(Severity == ImportIssueSeverity.Skipped ? "skipped: " : "")}{Message}";
}
