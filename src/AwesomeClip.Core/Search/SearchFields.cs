namespace AwesomeClip.Core.Search;

/// <summary>Field names of a paper's Lucene document.</summary>
internal static class SearchFields
{
    /// <summary>Paper id as a string term (upserts, deletes) and stored value.</summary>
    public const string Id = "id";

    /// <summary>Title, Latin words lower-cased and unstemmed (typo and prefix matching); stored.</summary>
    public const string Title = "title";

    /// <summary>Title, English stemmed.</summary>
    public const string TitleEnglish = "title_en";

    /// <summary>Exact names: whole title words with inner hyphens kept (<c>clip-kd</c>), GitHub repo parts, arXiv id.</summary>
    public const string Names = "names";

    /// <summary>Exact names written in the abstract and commentary (<c>DeCLIP</c>, <c>CoOp</c>).</summary>
    public const string BodyNames = "body_names";

    /// <summary>Abstract and commentary, Latin words English stemmed.</summary>
    public const string BodyEnglish = "body_en";

    /// <summary>Abstract and commentary, Chinese word segmentation (SmartCn).</summary>
    public const string BodyChinese = "body_zh";

    /// <summary>Abstract and commentary, CJK bigrams plus unstemmed Latin words.</summary>
    public const string BodyBigrams = "body_cjk";

    /// <summary>Authors as the list wrote them, Latin words lower-cased and unstemmed; stored.</summary>
    public const string Authors = "authors";

    /// <summary>Venue as written and its short name ("Computer Graphics Forum CGF"); stored (as written).</summary>
    public const string Venue = "venue";

    /// <summary>Sorted doc values: the venue's short name (CVPR, NeurIPS, arXiv), counted by the facet collector.</summary>
    public const string VenueFacet = "venue_facet";

    /// <summary>Stored: "2023-06-30", "2023-06" (a date finer than the year, when the list gives one).</summary>
    public const string Date = "date";

    /// <summary>Category name, English stemmed.</summary>
    public const string Category = "category";

    public const string CategorySlug = "category_slug";
    public const string CategoryName = "category_name";

    /// <summary>Sorted doc values "slug␟name␟path␟ancestor slugs" (<see cref="CategoryFacetValue"/>), counted by the facet collector.</summary>
    public const string CategoryFacet = "category_facet";

    /// <summary>Stored and numeric doc values.</summary>
    public const string Year = "year";

    /// <summary>Numeric doc values: position in the list (category order, then row), the tie-breaker of every sort.</summary>
    public const string ListOrder = "list_order";

    /// <summary>Numeric doc values: 1 when the paper has a GitHub link.</summary>
    public const string HasCode = "has_code";

    /// <summary>Link kinds (wire names), one term each.</summary>
    public const string LinkKinds = "link";

    /// <summary>Stored: the first figure's path as the list writes it (<c>./images/x.png</c>).</summary>
    public const string Figure = "figure";

    /// <summary>Stored, one value per link a hit offers (<see cref="AwesomeClip.Core.Catalog.RowLinks"/>): "kind␟label␟url".</summary>
    public const string RowLinks = "row_link";

    public const string Abstract = "abstract";
    public const string Commentary = "commentary";

    public const char FacetSeparator = '\u001F';
}
