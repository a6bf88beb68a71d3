using AwesomeClip.Core.Catalog;

namespace AwesomeClip.Core.Import.Parsing;

/// <summary>What the parser understood of one version of a list, whatever its layout.</summary>
public sealed record ParsedList(IReadOnlyList<ParsedCategory> Categories, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>The list's own name and introduction (its first <c>#</c> heading and first paragraph).</summary>
    public ListInfo Info { get; init; } = ListInfo.None;

    /// <summary>Every section of the list in reading order, categories or not, with the layout recognised in it.</summary>
    public IReadOnlyList<SectionReport> Sections { get; init; } = [];

    /// <summary>Where the parts of the document are, for the export to write into (line numbers are 0-based).</summary>
    internal DocumentMap Map { get; init; } = DocumentMap.Empty;

    public IEnumerable<ParsedPaper> Papers => Categories.SelectMany(c => c.Papers);

    /// <summary>The category's path from the top of the tree ("Papers / Vision / Generation").</summary>
    public IReadOnlyList<string> PathOf(ParsedCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var path = new List<string>();
        for (var c = category; c is not null; c = c.Parent is { } p ? Categories[p] : null) path.Insert(0, c.Name);
        return path;
    }
}

public sealed record ListInfo(string? Title, string? Intro)
{
    public static readonly ListInfo None = new(null, null);
}

/// <summary>A section that holds entries, or holds sections that do: a category of the catalog.</summary>
public sealed record ParsedCategory(string Name, int Order, int SourceLine, IReadOnlyList<ParsedPaper> Papers)
{
    /// <summary>Index of the parent category in <see cref="ParsedList.Categories"/>; null at the top of the tree.</summary>
    public int? Parent { get; init; }
}

/// <summary>One entry of the list: a table row, a bullet, a line or a block of lines.</summary>
public sealed record ParsedPaper(
    string Title,
    int? Year,
    string Abstract,
    string? Commentary,
    IReadOnlyList<LinkValue> Links,
    string? GithubRepo,
    string? ArxivId,
    IReadOnlyList<string> Figures,
    int SourceLine,
    string SourceMarkdown)
{
    /// <summary>The title's own link.</summary>
    public string? Url { get; init; }

    public string? Authors { get; init; }

    /// <summary>The venue as written, without its year.</summary>
    public string? Venue { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    public YearSource YearSource { get; init; }

    public IReadOnlyList<ExtraField> Extras { get; init; } = [];

    public EntryLayout Layout { get; init; }

    /// <summary>How many lines of the file the entry spans (a block of lines; 1 for a row or a bullet).</summary>
    public int LineCount { get; init; } = 1;

    /// <summary>The invisible character the title was written with and the import left out ("U+200B: zero width space").</summary>
    public Messages.CoreMessage? InvisibleInTitle { get; init; }

    /// <summary>Links the entry writes that are not stored (see <see cref="LinkUrl"/>); the report lists them.</summary>
    public IReadOnlyList<RefusedLink> RefusedLinks { get; init; } = [];

    /// <summary>Where each field stands in <see cref="SourceMarkdown"/>, so that an edited entry keeps its own punctuation.</summary>
    internal EntryShape? Shape { get; init; }

    /// <summary>The paper's fields as the merge compares them.</summary>
    public PaperValues Values(int? categoryId) => new(
        Title, Url, Authors, Venue, Year, Month, Day, categoryId, Abstract, Commentary, GithubRepo, ArxivId, Links, Figures, Extras);
}

/// <summary>A link an entry writes that the catalog does not store, and why (1-based line).</summary>
public sealed record RefusedLink(int Line, string Label, string Url, Messages.CoreMessage Problem);

public enum EntryLayout
{
    /// <summary>A row of a pipe table.</summary>
    TableRow,

    /// <summary>An item of a bullet or numbered list.</summary>
    Bullet,

    /// <summary>A line of a paragraph that starts with the entry's title.</summary>
    Line,

    /// <summary>A bold title followed by lines (authors, venue, links, date) or by a list of links.</summary>
    Block,
}

/// <summary>Where an entry's year came from, best first; the report counts them.</summary>
public enum YearSource
{
    None,
    YearColumn,
    Date,
    YearRow,
    Venue,
    Parenthesis,

    /// <summary>The list is one conference's ("CVPR 2024 Papers with Code"): its title names the year.</summary>
    ListTitle,
    ArxivId,
}

/// <summary>What a section of the list turned out to be.</summary>
public enum SectionRole
{
    /// <summary>Holds entries (and maybe sub-sections): a category.</summary>
    Category,

    /// <summary>Holds only sub-sections that hold entries: a category that groups others.</summary>
    Group,

    /// <summary>The list's own title.</summary>
    Title,

    /// <summary>A table of contents.</summary>
    Contents,

    /// <summary>Contributing, license, citation, acknowledgements and the like.</summary>
    Boilerplate,

    /// <summary>Nothing in it looks like an entry.</summary>
    NoEntries,

    /// <summary>The layout file said to leave it out.</summary>
    Excluded,
}

/// <summary>One section as the report shows it: where it is, what it is, which layout and columns were recognised.</summary>
public sealed record SectionReport(
    string Path,
    int Line,
    SectionRole Role,
    int Entries,
    IReadOnlyList<string> Layouts,
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<YearSource, int> Years);
