namespace AwesomeClip.Core.ChangeLog;

/// <summary>
/// One committed save that touched papers, written in the save's own transaction. Instances follow the log to keep
/// their search index in step; ids only grow, and are visible in commit order (writers serialize on the log).
/// </summary>
public sealed class CatalogChange
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The touched paper ids, ascending, comma-separated ("3,17,42").</summary>
    public required string PaperIds { get; set; }

    public IReadOnlyList<int> ParsePaperIds() =>
        PaperIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
