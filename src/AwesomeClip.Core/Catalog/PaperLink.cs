namespace AwesomeClip.Core.Catalog;

public sealed class PaperLink
{
    public int Id { get; set; }

    public int PaperId { get; set; }

    public int Position { get; set; }

    public LinkKind Kind { get; set; }

    /// <summary>Label exactly as written in the list, e.g. "unofficial Github".</summary>
    public required string Label { get; set; }

    /// <summary>URL exactly as written in the list.</summary>
    public required string Url { get; set; }
}
