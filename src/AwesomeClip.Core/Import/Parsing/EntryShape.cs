namespace AwesomeClip.Core.Import.Parsing;

/// <summary>What a part of an entry's text is.</summary>
internal enum PartKind
{
    Title,
    Authors,
    Venue,
    Year,
    Date,
    Link,
    Abstract,
    Commentary,
    Figure,

    /// <summary>A GitHub star badge: the repository.</summary>
    Badge,

    /// <summary>A table cell holding an extra column.</summary>
    Extra,

    /// <summary>Kept as written, never a field (an HTML comment at the end of a bullet).</summary>
    Keep,
}

/// <summary>
/// One part of an entry's source: <see cref="Start"/>..<see cref="End"/> is the whole part with its markup
/// (<c>**Title**</c>, <c>[[code](url)]</c>), <see cref="ValueStart"/>..<see cref="ValueEnd"/> the text a field's value
/// replaces, <see cref="UrlStart"/>..<see cref="UrlEnd"/> a link's destination. Offsets are into the entry's source.
/// <see cref="Index"/> is the link's, figure's or extra's position among the entry's own; <see cref="Cell"/> the table
/// cell it stands in (-1 outside tables).
/// </summary>
internal sealed record ShapePart(PartKind Kind, int Start, int End, int ValueStart, int ValueEnd, int UrlStart = -1, int UrlEnd = -1, int Index = -1, int Cell = -1)
{
    public bool HasUrl => UrlStart >= 0;

    public ShapePart Shift(int by) => this with
    {
        Start = Start + by,
        End = End + by,
        ValueStart = ValueStart + by,
        ValueEnd = ValueEnd + by,
        UrlStart = UrlStart < 0 ? -1 : UrlStart + by,
        UrlEnd = UrlEnd < 0 ? -1 : UrlEnd + by,
    };
}

/// <summary>A table cell of an entry: its span in the row (without the pipes) and the role of its column.</summary>
internal sealed record ShapeCell(int Start, int End, ColumnRole Role, string Header);

/// <summary>Where each field of an entry stands in its source, in order; what lies between parts is glue.</summary>
internal sealed record EntryShape(EntryLayout Layout, IReadOnlyList<ShapePart> Parts, IReadOnlyList<ShapeCell> Cells)
{
    public static EntryShape Of(EntryLayout layout, IEnumerable<ShapePart> parts, IReadOnlyList<ShapeCell>? cells = null) =>
        new(layout, parts.OrderBy(p => p.Start).ThenBy(p => p.End).ToList(), cells ?? []);
}
