namespace AwesomeClip.Core.Import.Parsing;

/// <summary>
/// Where the parts of an imported file are, as the export needs them: each category's heading and body, each body's
/// entries, year rows and other lines, and the table-of-contents lines that link to categories. Lines are 0-based.
/// </summary>
internal sealed record DocumentMap(IReadOnlyList<SectionMap> Sections, IReadOnlyList<TocLink> Toc, IReadOnlyList<string> Headings, int LineCount)
{
    public static readonly DocumentMap Empty = new([], [], [], 0);
}

/// <summary>
/// One category's section: its heading (<see cref="NameStart"/>..<see cref="NameEnd"/> are columns of the name on
/// <see cref="NameLine"/>), and its body from <see cref="BodyStart"/> to <see cref="End"/> (the last line of its last
/// entry or catalog table). <see cref="HeadingIndex"/> is the heading's place among all headings (for its anchor).
/// </summary>
internal sealed record SectionMap(
    int Category,
    HeadingKind Kind,
    int Level,
    int HeadingStart,
    int HeadingEnd,
    int NameLine,
    int NameStart,
    int NameEnd,
    int BodyStart,
    int End,
    IReadOnlyList<BodyItem> Body,
    YearOrder YearOrder,
    string? Anchor,
    int HeadingIndex)
{
    /// <summary>The layout most of the section's entries have (new entries are written in it).</summary>
    public EntryLayout? Layout { get; init; }

    /// <summary>Header and delimiter lines of the section's first catalog table (a new section of a table list copies them).</summary>
    public (int Header, int Delimiter)? Table { get; init; }
}

internal enum BodyItemKind
{
    Entry,
    Year,

    /// <summary>Anything else (a row the importer skipped, prose, blank lines): kept as written.</summary>
    Other,
}

/// <summary>
/// A line (or, for an entry, <see cref="LineCount"/> lines) of a body. <see cref="Entry"/> is the entry's position
/// among its category's papers; <see cref="EmptyYear"/> marks a year row with no paper under it.
/// </summary>
internal sealed record BodyItem(int Line, BodyItemKind Kind, int LineCount = 1, int Year = 0, bool EmptyYear = false, int Entry = -1);

internal enum YearOrder
{
    Ascending,
    Descending,

    /// <summary>Neither: keep the year runs in the order the catalog's positions give.</summary>
    AsWritten,
}

/// <summary>A line of a table of contents that links to a category's heading.</summary>
/// <summary>A line of a table of contents that links to a category's heading: what stands before and after the link on it.</summary>
internal sealed record TocLink(int Line, int Category, string Anchor, string Prefix, string Text, string Suffix);
