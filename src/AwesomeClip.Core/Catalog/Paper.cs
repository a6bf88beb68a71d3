namespace AwesomeClip.Core.Catalog;

public sealed class Paper
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The link on the title itself, as the list wrote it (a project page, the paper, the repository).</summary>
    public string? Url { get; set; }

    /// <summary>The authors as the list wrote them ("Mildenhall et al.", "A. Author and B. Author").</summary>
    public string? Authors { get; set; }

    /// <summary>Where the paper was published, as the list wrote it without the year ("ECCV", "NeurIPS Workshop"); <see cref="VenueNames"/> gives the short name.</summary>
    public string? Venue { get; set; }

    public int? Year { get; set; }

    /// <summary>1-12 when the list gives the month (a date column or line); only with a year.</summary>
    public int? Month { get; set; }

    /// <summary>1-31 when the list gives the day; only with a month.</summary>
    public int? Day { get; set; }

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

    /// <summary>The entry's columns that no field holds (a table's "Task" or "Language"), in the list's order.</summary>
    public List<ExtraField> Extras { get; set; } = [];

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
