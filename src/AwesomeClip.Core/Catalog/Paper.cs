namespace AwesomeClip.Core.Catalog;

public sealed class Paper
{
    public int Id { get; set; }

    public required string Title { get; set; }

    public int? Year { get; set; }

    public int CategoryId { get; set; }

    public Category Category { get; set; } = null!;

    /// <summary>Position of the row inside its category table (0-based).</summary>
    public int Position { get; set; }

    /// <summary>Plain text; line breaks where the list had &lt;br&gt;.</summary>
    public string Abstract { get; set; } = "";

    /// <summary>The curator's note that followed 🧟‍♂️, if any.</summary>
    public string? Commentary { get; set; }

    /// <summary>owner/name of the repository named by the star badge.</summary>
    public string? GithubRepo { get; set; }

    public string? ArxivId { get; set; }

    /// <summary>1-based line of the row in the imported file (0 for papers created in the app).</summary>
    public int SourceLine { get; set; }

    public List<PaperLink> Links { get; } = [];

    public List<PaperFigure> Figures { get; } = [];

    /// <summary>The row exactly as it was imported; lets the export reproduce untouched rows byte for byte.</summary>
    public string? SourceMarkdown { get; set; }

    /// <summary>Fingerprint of the catalog fields at import time; when it still matches, <see cref="SourceMarkdown"/> is current.</summary>
    public string? SourceFingerprint { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>App-managed optimistic concurrency token (SQLite has no rowversion).</summary>
    public int Version { get; set; }

    /// <summary>
    /// The idempotency token of the form that created the paper in the app (null for imported papers): a second
    /// submit of the same form finds the paper instead of creating another.
    /// </summary>
    public Guid? CreationToken { get; set; }

    /// <summary>Set when the paper is in the trash.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>What the list said about this paper at the last import; null for papers created in the app.</summary>
    public PaperBaseline? Baseline { get; set; }
}
