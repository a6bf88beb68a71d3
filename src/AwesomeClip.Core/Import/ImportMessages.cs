using AwesomeClip.Core.Messages;

namespace AwesomeClip.Core.Import;

/// <summary>What an import's report says about the list's lines, and why a file is refused (ADR-037).</summary>
public static class ImportMessages
{
    private const string Area = "Import";

    public static readonly MessageTemplate YearRowOutOfRange = new(Area, "year-row-out-of-range", "year row '{0}' is outside {1}-{2}; papers below it have no year until the next year row");
    public static readonly MessageTemplate RowNoTitleInColumn = new(Area, "row-no-title-in-column", "the row has no title in its '{0}' column");
    public static readonly MessageTemplate RowEmpty = new(Area, "row-empty", "it has no link, year, text or figure");
    public static readonly MessageTemplate RowNoTitle = new(Area, "row-no-title", "the row has no title");
    public static readonly MessageTemplate TitleNotBold = new(Area, "title-not-bold", "the title '{0}' is not bold");
    public static readonly MessageTemplate NoYearInTable = new(Area, "no-year-in-table", "'{0}' has no year (no year row |YYYY| above it, no year in its cells); its year is unknown");
    public static readonly MessageTemplate NoYear = new(Area, "no-year", "'{0}' has no year; its year is unknown");
    public static readonly MessageTemplate TooManyCells = new(Area, "too-many-cells", "'{0}' has {1} cells, expected {2}: cells after the {2}th were read as extra columns");
    public static readonly MessageTemplate TooFewCells = new(Area, "too-few-cells", "'{0}' has {1} cells, expected {2}: missing cells were read as empty");
    public static readonly MessageTemplate ShortRows = new(Area, "short-rows", "{0} rows of this table have fewer cells than its {1} columns (lines {2}): their missing cells were read as empty");
    public static readonly MessageTemplate NoHeaderRow = new(Area, "no-header-row", "it has no header row");
    public static readonly MessageTemplate NoTitleColumn = new(Area, "no-title-column", "no column names the title (columns: {0})");

    public static readonly MessageTemplate NoTitle = new(Area, "no-title", "it has no title");
    public static readonly MessageTemplate ContentsLink = new(Area, "contents-link", "it links to a section of this page (a table of contents)");
    public static readonly MessageTemplate NoLinkOrMeta = new(Area, "no-link-or-meta", "it has no link, authors, venue or year");
    public static readonly MessageTemplate NoAuthors = new(Area, "no-authors", "it has no link, venue or year, and what follows its title does not read as authors");
    public static readonly MessageTemplate ProfileOnly = new(Area, "profile-only", "it links only to a person's profile");
    public static readonly MessageTemplate NotInPattern = new(Area, "not-in-pattern", "it does not match the section's pattern in the layout file");

    public static readonly MessageTemplate SectionInvisible = new(Area, "section-invisible-character", "the section '{0}' was named with an invisible character ({1}), left out so that it cannot pass for another section");

    /// <summary>{0} is the entry's title (or <see cref="Untitled"/>), {1} why.</summary>
    public static readonly MessageTemplate NotImported = new(Area, "not-imported", "'{0}' was not imported: {1}");
    public static readonly MessageTemplate Untitled = new(Area, "untitled", "(no title)");
    public static readonly MessageTemplate Boilerplate = new(Area, "boilerplate-section", "section '{0}' is about the list (contributing, license, citation…), not part of it");
    public static readonly MessageTemplate ExcludedByLayout = new(Area, "excluded-section", "the layout file leaves section '{0}' out");
    public static readonly MessageTemplate ContentsSection = new(Area, "contents-section", "section '{0}' is the list's table of contents");
    public static readonly MessageTemplate OutsideCategory = new(Area, "outside-category", "it stands outside any category");
    public static readonly MessageTemplate NotACategory = new(Area, "not-a-category", "section '{0}' is not a category");
    public static readonly MessageTemplate TableNotImported = new(Area, "table-not-imported", "the table was not imported: {0}; name its title column in {1} if it holds papers");

    public static readonly MessageTemplate TitleInvisible = new(Area, "title-invisible-character", "'{0}' was written with an invisible character ({1}), left out so that it cannot pass for another title");
    public static readonly MessageTemplate RefusedLink = new(Area, "refused-link", "'{0}': the link {1} was not imported: {2}");

    /// <summary>Another row: {0} its title, {1} its line.</summary>
    public static readonly MessageTemplate OtherRow = new(Area, "other-row", "'{0}' (line {1})");
    public static readonly MessageTemplate DuplicateArxivId = new(Area, "duplicate-arxiv-id", "arXiv {0} of '{1}' is also linked from {2}");
    public static readonly MessageTemplate SharedFigure = new(Area, "shared-figure", "figure {0} is also used by {1}");
    public static readonly MessageTemplate NoFigure = new(Area, "no-figure", "'{0}' has no figure");
    public static readonly MessageTemplate MalformedArxivId = new(Area, "malformed-arxiv-id", "'{0}' links to arXiv with a malformed id '{1}' ({2})");
    public static readonly MessageTemplate DuplicateTitle = new(Area, "duplicate-title", "'{0}' appears again (first at line {1})");
    public static readonly MessageTemplate FigureOutside = new(Area, "figure-outside-list", "figure {0} of '{1}' points outside the list's folder");
    public static readonly MessageTemplate FigureMissing = new(Area, "figure-missing", "figure {0} of '{1}' does not exist");

    public static readonly MessageTemplate TooLarge = new(Area, "file-too-large", "{0} is {1:0.#} MB; the list must be at most {2} MB.");
    public static readonly MessageTemplate Binary = new(Area, "file-binary", "{0} contains NUL bytes: it looks like a binary file, not markdown.");
    public static readonly MessageTemplate NotUtf8 = new(Area, "file-not-utf8", "{0} is not UTF-8 text; save it as UTF-8 and try again.");
    public static readonly MessageTemplate NotUtf8At = new(Area, "file-not-utf8-at", "{0} is not UTF-8 text (invalid byte at offset {1}); save it as UTF-8 and try again.");
    public static readonly MessageTemplate Empty = new(Area, "file-empty", "{0} is empty.");

    public static readonly MessageTemplate NoEntries = new(Area, "no-entries",
        "{0} holds no entries: no section has papers as table rows (a table with a title column), bullets or lines ([Title](url), authors, venue year, links) or blocks (a **bold title** followed by links). If the list is laid out otherwise, describe it in {1} beside it; nothing was imported.");
    public static readonly MessageTemplate NoEntriesSkipped = new(Area, "no-entries-skipped",
        "{0} holds no entries: no section has papers as table rows (a table with a title column), bullets or lines ([Title](url), authors, venue year, links) or blocks (a **bold title** followed by links); {2} item(s) were read and not taken, see the report. If the list is laid out otherwise, describe it in {1} beside it; nothing was imported.");
    public static readonly MessageTemplate StalePreview = new(Area, "stale-preview",
        "The catalog changed after the preview of {0} was made (someone edited or imported meanwhile); preview again. Nothing was changed.");

    /// <summary>{1} is the papers and fields, e.g. 'CLIP' (#3) abstract; 'ALIGN' (#9) year.</summary>
    public static readonly MessageTemplate UnresolvedConflicts = new(Area, "unresolved-conflicts",
        "{0} conflict(s) need a choice (keep mine / take theirs) before this import can be applied: {1}. Nothing was changed.");

    /// <summary>A refusal written in English only (the layout file's JSON rules, paths on the command line).</summary>
    public static readonly MessageTemplate Refused = new(Area, "refused", "{0}");
}
