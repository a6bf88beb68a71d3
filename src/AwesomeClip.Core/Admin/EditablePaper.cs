namespace AwesomeClip.Core.Admin;

/// <summary>A paper loaded into the editor's form.</summary>
public sealed record EditablePaper(int Id, string Title, PaperForm Form, bool InTrash, DateTime UpdatedAt);
