namespace AwesomeClip.Core.Export;

/// <summary>A line of the table of contents that links to the heading of a template section.</summary>
internal sealed record TocEntry(int Line, int Section, string Prefix);
