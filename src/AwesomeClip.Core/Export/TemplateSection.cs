namespace AwesomeClip.Core.Export;

/// <summary>
/// One category of the template: its heading, the text down to the first table's body (header and delimiter rows
/// included), and the body items up to the last row of its last catalog table. Line numbers are 0-based.
/// </summary>
internal sealed record TemplateSection(
    string Name,
    int HeadingStart,
    int HeadingEnd,
    int BodyStart,
    int End,
    IReadOnlyList<BodyItem> Body,
    YearOrder YearOrder);

internal enum BodyItemKind
{
    Year,
    Paper,

    /// <summary>Anything else in the table (a row the importer skipped, text between two tables): kept as written.</summary>
    Other,
}

/// <summary>A line of a section's table body. <see cref="EmptyYear"/>: a year row with no paper under it.</summary>
internal sealed record BodyItem(int Line, BodyItemKind Kind, int Year = 0, bool EmptyYear = false);

internal enum YearOrder
{
    Ascending,
    Descending,

    /// <summary>Neither: keep the year runs in the order the catalog's positions give.</summary>
    AsWritten,
}
