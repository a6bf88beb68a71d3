using AwesomeClip.Core.Import.Parsing;

namespace AwesomeClip.Core.Export.Rendering;

/// <summary>
/// Where an entry is written: its section's layout, the section's other entries (the shapes a new entry borrows,
/// nearest first), the table it is a row of, and the layout file's rule for the section.
/// </summary>
internal sealed record EntryContext(
    EntryLayout Layout,
    IReadOnlyList<ParsedPaper> Donors,
    string? TableHeader,
    string? TableDelimiter,
    bool YearRows,
    ListLayout ListLayout,
    SectionRule? Rule)
{
    /// <summary>The columns of the section's table (empty outside tables), read from its header.</summary>
    public IReadOnlyList<ShapeCell> Columns { get; init; } = [];

    /// <summary>The list's title, when it gives entries their year ("CVPR 2024 …"): an entry is read back under it.</summary>
    public string? ListTitle { get; init; }
}
