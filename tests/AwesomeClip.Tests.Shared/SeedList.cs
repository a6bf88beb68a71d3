namespace AwesomeClip.Tests.Shared;

/// <summary>
/// What the shipped list (data/awesome-clip.md) counts to, as ADR-003 records it. Only for tests about that list: the
/// parser and the importer on it, the first start that seeds it. A test about a behaviour builds its own data or
/// counts the database instead (ADR-029), so that a new version of the list changes these numbers and nothing else.
/// </summary>
public static class SeedList
{
    public const int Papers = 109;

    public const int Categories = 13;

    public const int FirstYear = 2021;

    public const int LastYear = 2024;

    /// <summary>213, not the 212 first quoted: CommonMark allows the space in Tip-Adapter's <c>[Paper]( https://…)</c> (ADR-003).</summary>
    public const int Links = 213;

    /// <summary>The <c>&lt;img&gt;</c> references of the rows (two rows show two figures).</summary>
    public const int Figures = 107;

    public const int PapersWithFigures = 105;

    /// <summary>Rows with a curator's note (after 🧟‍♂️).</summary>
    public const int CuratorNotes = 19;
}
