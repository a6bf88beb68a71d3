namespace AwesomeClip.Core.Catalog;

/// <summary>
/// The values of a paper as the list had them at the last import: the common ancestor of a three-way merge.
/// A field that differs from here locally was edited by a maintainer; one that differs upstream was changed in the list.
/// </summary>
public sealed class PaperBaseline
{
    public int PaperId { get; set; }

    /// <summary>False once the paper has disappeared from the list (it was trashed or, when edited locally, kept).</summary>
    public bool InList { get; set; }

    public required string Title { get; set; }

    public string? Url { get; set; }

    public string? Authors { get; set; }

    public string? Venue { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    /// <summary>The category the list put the paper in (categories keep their id across renames).</summary>
    public int CategoryId { get; set; }

    public int Position { get; set; }

    public string Abstract { get; set; } = "";

    public string? Commentary { get; set; }

    public string? GithubRepo { get; set; }

    public string? ArxivId { get; set; }

    /// <summary>JSON array of <c>{ "kind", "label", "url" }</c>, in list order.</summary>
    public string Links { get; set; } = "[]";

    /// <summary>JSON array of figure paths, in list order.</summary>
    public string Figures { get; set; } = "[]";

    /// <summary>JSON array of <c>{ "label", "text" }</c>, in list order.</summary>
    public string Extras { get; set; } = "[]";

    public DateTime ImportedAt { get; set; }
}
